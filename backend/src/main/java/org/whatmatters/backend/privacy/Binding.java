package org.whatmatters.backend.privacy;

import java.nio.charset.StandardCharsets;

/**
 * Where an encrypted value belongs, used as AES-GCM associated data so that a value copied
 * elsewhere does not decrypt.
 *
 * <ul>
 *   <li>{@link #row}: the table, the column and the row's owner (its person, or for a row without
 *       one its referral or provider message id). Every encrypted entity property is written this
 *       way ({@code v3:}, see {@link RowBoundText}), so one person's answer copied into another
 *       person's row does not decrypt.
 *   <li>{@link #column}: the entity property only, which is all Micronaut Data tells a column
 *       converter. Values written so before row binding existed ({@code v2:}) still read, and
 *       re-encryption moves them to their row binding. {@link #forPerson} narrows it for callers
 *       that encrypt a value themselves.
 * </ul>
 */
public record Binding(String place) {

    public static Binding column(String property) {
        return new Binding(property);
    }

    /** Table, column and owner: e.g. {@code fact.content|person_id:42}. */
    public static Binding row(String table, String column, String ownerColumn, Object owner) {
        return new Binding(table + "." + column + "|" + ownerColumn + ":" + owner);
    }

    public Binding forPerson(Long personId) {
        return new Binding(place + "|person:" + personId);
    }

    byte[] associatedData(String version, String keyId) {
        return ("whatmatters|" + version + "|" + keyId + "|" + place)
                .getBytes(StandardCharsets.UTF_8);
    }
}
