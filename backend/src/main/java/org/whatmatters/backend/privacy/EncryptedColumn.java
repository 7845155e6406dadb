package org.whatmatters.backend.privacy;

/** A column holding {@link EncryptedText} values: where re-encryption reads and rewrites. */
public record EncryptedColumn(String table, String idColumn, String column, Binding binding) {
}
