package org.whatmatters.backend.privacy;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import jakarta.inject.Singleton;

/**
 * Column converter: entities hold clear text, the database only ever sees {@link TextCipher}
 * output. Micronaut Data tells a converter the property but not the row, so binding to the row is
 * {@link RowBoundText}'s: it seals each value before it is written ({@code v3:}, passed through
 * here as is) and opens it once the row is read. Here: any other value written (no row owner) is
 * encrypted bound to its property ({@code v2:}), and a {@code v2:}/{@code v1:} value written before
 * row binding is opened with that binding.
 */
@Singleton
public class EncryptedText implements AttributeConverter<String, String> {

    private final TextCipher cipher;
    private final JustSealed sealed;

    public EncryptedText(TextCipher cipher, JustSealed sealed) {
        this.cipher = cipher;
        this.sealed = sealed;
    }

    @Override
    public String convertToPersistedValue(String entityValue, ConversionContext context) {
        if (entityValue == null) {
            return null;
        }
        // what RowBoundText sealed for this very value is written; any other value (no row owner)
        // is bound to its
        // property, and text that merely looks encrypted is encrypted like any other
        Binding column = binding(context);
        String rowBound = sealed.take(column.place(), entityValue);
        return rowBound != null ? rowBound : cipher.encrypt(entityValue, column);
    }

    @Override
    public String convertToEntityValue(String persistedValue, ConversionContext context) {
        if (persistedValue == null || TextCipher.isRowBound(persistedValue)) {
            return persistedValue; // opened by RowBoundText, which knows the row
        }
        // clear text written before its column was encrypted (person_event.detail before V16) reads
        // as written
        // until re-encryption rewrites it
        return isEncrypted(persistedValue)
                ? cipher.decrypt(persistedValue, binding(context))
                : persistedValue;
    }

    static boolean isEncrypted(String stored) {
        return TextCipher.isEncrypted(stored);
    }

    /**
     * Micronaut Data names the property both when writing (its persistent property) and reading
     * (its argument).
     */
    static Binding binding(ConversionContext context) {
        if (context instanceof ArgumentConversionContext<?> argument
                && argument.getArgument().getName() != null) {
            return Binding.column(argument.getArgument().getName());
        }
        throw new IllegalStateException(
                "an encrypted column was converted without knowing which column it is");
    }
}
