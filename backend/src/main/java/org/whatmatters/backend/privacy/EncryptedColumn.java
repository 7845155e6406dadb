package org.whatmatters.backend.privacy;

import io.micronaut.core.annotation.Nullable;

/**
 * A column holding {@link EncryptedText} values: where re-encryption reads and rewrites. {@code
 * binding} is the column-only binding of values written before row binding ({@code v2:}); {@code
 * ownerColumn} the column naming the row's owner that {@code v3:} values are bound to ({@code
 * null}: the entity has none, values stay {@code v2:}).
 */
public record EncryptedColumn(
        String table,
        String idColumn,
        String column,
        Binding binding,
        @Nullable String ownerColumn) {

    public EncryptedColumn(String table, String idColumn, String column, Binding binding) {
        this(table, idColumn, column, binding, null);
    }

    /**
     * The binding of this column's value in the row owned by {@code owner}; {@code null} when there
     * is no owner.
     */
    @Nullable
    public Binding row(@Nullable Object owner) {
        return ownerColumn == null || owner == null
                ? null
                : Binding.row(table, column, ownerColumn, owner);
    }

    /**
     * A stored value in clear, whichever format it is in; one that does not belong to this row
     * fails loudly.
     */
    public String open(TextCipher cipher, String stored, @Nullable Object owner) {
        if (!TextCipher.isEncrypted(stored)) {
            return stored; // written before its column was encrypted
        }
        Binding row = row(owner);
        if (TextCipher.isRowBound(stored) && row == null) {
            throw new IllegalStateException(
                    "cannot decrypt a stored value of "
                            + table
                            + "."
                            + column
                            + ": its row has no "
                            + ownerColumn);
        }
        return cipher.decrypt(stored, row == null ? binding : row, binding);
    }

    /**
     * The value to store: bound to its row when the row has an owner, otherwise to the column
     * alone.
     */
    public String close(TextCipher cipher, String plain, @Nullable Object owner) {
        Binding row = row(owner);
        return row == null ? cipher.encrypt(plain, binding) : cipher.seal(plain, row);
    }
}
