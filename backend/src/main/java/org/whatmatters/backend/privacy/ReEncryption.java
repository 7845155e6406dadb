package org.whatmatters.backend.privacy;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves stored values onto the current key and format, a batch at a time: each value not yet
 * written with the current key bound to its row (an older key, the column-only {@code v2:} or
 * key-less {@code v1:} format, or clear text from before its column was encrypted) is decrypted and
 * written again. A row changed meanwhile is left for the next batch (the update checks the old
 * value). When {@link #count()} shows nothing on an old key any more, that key can be removed from
 * {@code DATA_ENCRYPTION_OLD_KEYS}.
 */
@Singleton
public class ReEncryption {

    /** What one batch did, and how many values are still off the current key. */
    public record Batch(int rewritten, long remaining) {}

    private static final Logger LOG = LoggerFactory.getLogger(ReEncryption.class);

    private final EncryptedColumns columns;
    private final TextCipher cipher;
    private final DataSource dataSource;

    ReEncryption(EncryptedColumns columns, TextCipher cipher, DataSource dataSource) {
        this.columns = columns;
        this.cipher = cipher;
        this.dataSource = dataSource;
    }

    /**
     * Stored values per key id ({@code v1}: before key ids; {@code clear}: written before the
     * column was encrypted).
     */
    @Transactional
    public Map<String, Long> count() {
        Map<String, Long> counts = new TreeMap<>();
        for (EncryptedColumn column : columns.all()) {
            String sql =
                    "SELECT LEFT("
                            + q(column.column())
                            + ", 12), COUNT(*) FROM "
                            + q(column.table())
                            + " WHERE "
                            + q(column.column())
                            + " IS NOT NULL GROUP BY LEFT("
                            + q(column.column())
                            + ", 12)";
            try (PreparedStatement statement = connection().prepareStatement(sql);
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String id = TextCipher.keyIdOf(rows.getString(1));
                    counts.merge(id.equals("?") ? "clear" : id, rows.getLong(2), Long::sum);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(
                        "cannot count encrypted values in " + column.table(), e);
            }
        }
        return counts;
    }

    /**
     * Rewrites up to {@code size} values per column in the current format and key ({@code v3:}
     * bound to its row; {@code v2:} for a row without an owner). A value that does not decrypt (a
     * wrong key, a tampered row, a value copied from another row) is left as it is, logged by row
     * id, and still counted as remaining.
     */
    @Transactional
    public Batch next(int size) {
        String currentRow = TextCipher.rowPrefix(cipher.keyring().currentId()) + "%";
        String currentColumn = "v2:" + cipher.keyring().currentId() + ":%";
        int rewritten = 0;
        long remaining = 0;
        for (EncryptedColumn column : columns.all()) {
            String owner = column.ownerColumn() == null ? "NULL" : q(column.ownerColumn());
            String due =
                    q(column.column())
                            + " IS NOT NULL AND NOT (("
                            + owner
                            + " IS NOT NULL AND "
                            + q(column.column())
                            + " LIKE ?) OR ("
                            + owner
                            + " IS NULL AND "
                            + q(column.column())
                            + " LIKE ?))";
            String select =
                    "SELECT "
                            + q(column.idColumn())
                            + ", "
                            + q(column.column())
                            + ", "
                            + owner
                            + " FROM "
                            + q(column.table())
                            + " WHERE "
                            + due
                            + " AND "
                            + q(column.idColumn())
                            + " > ? ORDER BY "
                            + q(column.idColumn())
                            + " LIMIT ?";
            String update =
                    "UPDATE "
                            + q(column.table())
                            + " SET "
                            + q(column.column())
                            + " = ? WHERE "
                            + q(column.idColumn())
                            + " = ? AND "
                            + q(column.column())
                            + " = ?";
            try {
                int done = 0;
                long after = Long.MIN_VALUE;
                List<Object> unreadable = new ArrayList<>();
                while (done < size) {
                    List<Object[]> page = new ArrayList<>();
                    try (PreparedStatement statement = connection().prepareStatement(select)) {
                        statement.setString(1, currentRow);
                        statement.setString(2, currentColumn);
                        statement.setLong(3, after);
                        statement.setInt(4, size);
                        try (ResultSet rows = statement.executeQuery()) {
                            while (rows.next()) {
                                page.add(
                                        new Object[] {
                                            rows.getLong(1), rows.getString(2), rows.getObject(3)
                                        });
                            }
                        }
                    }
                    if (page.isEmpty()) {
                        break;
                    }
                    try (PreparedStatement write = connection().prepareStatement(update)) {
                        for (Object[] row : page) {
                            after = (Long) row[0];
                            if (done >= size) {
                                break;
                            }
                            String stored = (String) row[1];
                            String plain;
                            try {
                                plain = column.open(cipher, stored, row[2]);
                            } catch (IllegalStateException | IllegalArgumentException e) {
                                unreadable.add(row[0]);
                                continue;
                            }
                            write.setString(1, column.close(cipher, plain, row[2]));
                            write.setLong(2, (Long) row[0]);
                            write.setString(3, stored);
                            int changed = write.executeUpdate();
                            rewritten += changed;
                            done += changed;
                        }
                    }
                }
                if (!unreadable.isEmpty()) {
                    LOG.warn(
                            "re-encryption: {} value(s) of {}.{} do not decrypt and are left as they are (wrong key, tampered, "
                                    + "or copied from another row); row ids {}",
                            unreadable.size(),
                            column.table(),
                            column.column(),
                            unreadable.size() > 20
                                    ? unreadable.subList(0, 20) + "..."
                                    : unreadable);
                }
                try (PreparedStatement left =
                        connection()
                                .prepareStatement(
                                        "SELECT COUNT(*) FROM "
                                                + q(column.table())
                                                + " WHERE "
                                                + due)) {
                    left.setString(1, currentRow);
                    left.setString(2, currentColumn);
                    try (ResultSet rows = left.executeQuery()) {
                        rows.next();
                        remaining += rows.getLong(1);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(
                        "cannot re-encrypt " + column.table() + "." + column.column(), e);
            }
        }
        return new Batch(rewritten, remaining);
    }

    private Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    private static String q(String name) {
        return "`" + name + "`";
    }
}
