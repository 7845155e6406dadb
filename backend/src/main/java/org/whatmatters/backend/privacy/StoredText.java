package org.whatmatters.backend.privacy;

import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a value as stored in any table and column in clear, for tools that go through every table
 * (subject access): an encrypted column's value is decrypted with its row's binding, anything else
 * is as stored.
 */
@Singleton
public class StoredText {

    private final Map<String, EncryptedColumn> encrypted;
    private final TextCipher cipher;

    StoredText(EncryptedColumns columns, TextCipher cipher) {
        this.encrypted =
                columns.all().stream()
                        .collect(
                                Collectors.toMap(
                                        c -> key(c.table(), c.column()), Function.identity()));
        this.cipher = cipher;
    }

    public boolean isEncrypted(String table, String column) {
        return encrypted.containsKey(key(table, column));
    }

    /**
     * One row of {@code table} as stored (column name to value, lower case), with every encrypted
     * value in clear: each opened with its column and the row's owner, so a value that does not
     * belong to the row fails loudly.
     */
    public Map<String, Object> reveal(String table, Map<String, Object> row) {
        Map<String, Object> clear = new java.util.LinkedHashMap<>(row);
        for (Map.Entry<String, Object> value : row.entrySet()) {
            EncryptedColumn column = encrypted.get(key(table, value.getKey()));
            if (column != null && value.getValue() instanceof String text) {
                Object owner =
                        column.ownerColumn() == null
                                ? null
                                : row.get(column.ownerColumn().toLowerCase(Locale.ROOT));
                clear.put(value.getKey(), column.open(cipher, text, owner));
            }
        }
        return clear;
    }

    /**
     * A single value whose row is not at hand: only values written before row binding ({@code v2:})
     * open.
     */
    public Object reveal(String table, String column, Object stored) {
        EncryptedColumn column1 = encrypted.get(key(table, column));
        if (column1 == null
                || !(stored instanceof String text)
                || !EncryptedText.isEncrypted(text)) {
            return stored;
        }
        return cipher.decrypt(text, column1.binding());
    }

    private static String key(String table, String column) {
        return (table + "." + column).toLowerCase(Locale.ROOT);
    }
}
