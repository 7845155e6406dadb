package org.whatmatters.backend.privacy;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import jakarta.inject.Singleton;

/**
 * Column converter: entities hold clear text, the database only ever sees {@link TextCipher} output, bound to
 * the property it belongs to (an answer's {@code content} pasted into a note's {@code body} does not decrypt).
 */
@Singleton
public class EncryptedText implements AttributeConverter<String, String> {

    private final TextCipher cipher;

    public EncryptedText(TextCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public String convertToPersistedValue(String entityValue, ConversionContext context) {
        return entityValue == null ? null : cipher.encrypt(entityValue, binding(context));
    }

    @Override
    public String convertToEntityValue(String persistedValue, ConversionContext context) {
        if (persistedValue == null) {
            return null;
        }
        // clear text written before its column was encrypted (person_event.detail before V16) reads as written
        // until re-encryption rewrites it
        return isEncrypted(persistedValue) ? cipher.decrypt(persistedValue, binding(context)) : persistedValue;
    }

    static boolean isEncrypted(String stored) {
        return stored.startsWith("v1:") || stored.startsWith("v2:");
    }

    /** Micronaut Data names the property both when writing (its persistent property) and reading (its argument). */
    static Binding binding(ConversionContext context) {
        if (context instanceof ArgumentConversionContext<?> argument && argument.getArgument().getName() != null) {
            return Binding.column(argument.getArgument().getName());
        }
        throw new IllegalStateException("an encrypted column was converted without knowing which column it is");
    }
}
