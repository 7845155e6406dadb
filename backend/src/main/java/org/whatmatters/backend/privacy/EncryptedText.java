package org.whatmatters.backend.privacy;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import jakarta.inject.Singleton;

/** Column converter: entities hold clear text, the database only ever sees {@link TextCipher} output. */
@Singleton
public class EncryptedText implements AttributeConverter<String, String> {

    private final TextCipher cipher;

    public EncryptedText(TextCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public String convertToPersistedValue(String entityValue, ConversionContext context) {
        return entityValue == null ? null : cipher.encrypt(entityValue);
    }

    @Override
    public String convertToEntityValue(String persistedValue, ConversionContext context) {
        return persistedValue == null ? null : cipher.decrypt(persistedValue);
    }
}
