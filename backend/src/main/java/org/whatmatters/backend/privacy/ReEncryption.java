package org.whatmatters.backend.privacy;

import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Moves stored values onto the current key, a batch at a time: each value not yet written with the current
 * key (an older key, the key-less {@code v1:} format, or clear text from before its column was encrypted) is
 * decrypted and written again. A row changed meanwhile is left for the next batch (the update checks the old
 * value). When {@link #count()} shows nothing on an old key any more, that key can be removed from
 * {@code DATA_ENCRYPTION_OLD_KEYS}.
 */
@Singleton
public class ReEncryption {

    /** What one batch did, and how many values are still off the current key. */
    public record Batch(int rewritten, long remaining) {
    }

    private final EncryptedColumns columns;
    private final TextCipher cipher;
    private final DataSource dataSource;

    ReEncryption(EncryptedColumns columns, TextCipher cipher, DataSource dataSource) {
        this.columns = columns;
        this.cipher = cipher;
        this.dataSource = dataSource;
    }

    /** Stored values per key id ({@code v1}: before key ids; {@code clear}: written before the column was encrypted). */
    @Transactional
    public Map<String, Long> count() {
        Map<String, Long> counts = new TreeMap<>();
        for (EncryptedColumn column : columns.all()) {
            String sql = "SELECT LEFT(" + q(column.column()) + ", 12), COUNT(*) FROM " + q(column.table())
                    + " WHERE " + q(column.column()) + " IS NOT NULL GROUP BY LEFT(" + q(column.column()) + ", 12)";
            try (PreparedStatement statement = connection().prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String id = TextCipher.keyIdOf(rows.getString(1));
                    counts.merge(id.equals("?") ? "clear" : id, rows.getLong(2), Long::sum);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot count encrypted values in " + column.table(), e);
            }
        }
        return counts;
    }

    /** Rewrites up to {@code size} values per column with the current key. */
    @Transactional
    public Batch next(int size) {
        String current = "v2:" + cipher.keyring().currentId() + ":%";
        int rewritten = 0;
        long remaining = 0;
        for (EncryptedColumn column : columns.all()) {
            List<Object[]> due = new ArrayList<>();
            String select = "SELECT " + q(column.idColumn()) + ", " + q(column.column()) + " FROM " + q(column.table())
                    + " WHERE " + q(column.column()) + " IS NOT NULL AND " + q(column.column()) + " NOT LIKE ? ORDER BY "
                    + q(column.idColumn()) + " LIMIT ?";
            String update = "UPDATE " + q(column.table()) + " SET " + q(column.column()) + " = ? WHERE "
                    + q(column.idColumn()) + " = ? AND " + q(column.column()) + " = ?";
            try (PreparedStatement statement = connection().prepareStatement(select)) {
                statement.setString(1, current);
                statement.setInt(2, size);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        due.add(new Object[] {rows.getObject(1), rows.getString(2)});
                    }
                }
                try (PreparedStatement write = connection().prepareStatement(update)) {
                    for (Object[] row : due) {
                        String stored = (String) row[1];
                        String plain = EncryptedText.isEncrypted(stored) ? cipher.decrypt(stored, column.binding()) : stored;
                        write.setString(1, cipher.encrypt(plain, column.binding()));
                        write.setObject(2, row[0]);
                        write.setString(3, stored);
                        rewritten += write.executeUpdate();
                    }
                }
                try (PreparedStatement left = connection().prepareStatement("SELECT COUNT(*) FROM " + q(column.table())
                        + " WHERE " + q(column.column()) + " IS NOT NULL AND " + q(column.column()) + " NOT LIKE ?")) {
                    left.setString(1, current);
                    try (ResultSet rows = left.executeQuery()) {
                        rows.next();
                        remaining += rows.getLong(1);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot re-encrypt " + column.table() + "." + column.column(), e);
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
