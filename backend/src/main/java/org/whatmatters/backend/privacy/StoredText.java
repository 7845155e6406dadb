package org.whatmatters.backend.privacy;

import jakarta.inject.Singleton;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a value as stored in any table and column in clear, for tools that go through every table (subject
 * access): an encrypted column's value is decrypted with that column's binding, anything else is as stored.
 */
@Singleton
public class StoredText {

    private final Map<String, EncryptedColumn> encrypted;
    private final TextCipher cipher;

    StoredText(EncryptedColumns columns, TextCipher cipher) {
        this.encrypted = columns.all().stream().collect(Collectors.toMap(c -> key(c.table(), c.column()), Function.identity()));
        this.cipher = cipher;
    }

    public boolean isEncrypted(String table, String column) {
        return encrypted.containsKey(key(table, column));
    }

    public Object reveal(String table, String column, Object stored) {
        EncryptedColumn column1 = encrypted.get(key(table, column));
        if (column1 == null || !(stored instanceof String text) || !EncryptedText.isEncrypted(text)) {
            return stored;
        }
        return cipher.decrypt(text, column1.binding());
    }

    private static String key(String table, String column) {
        return (table + "." + column).toLowerCase(Locale.ROOT);
    }
}
