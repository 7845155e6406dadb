package org.whatmatters.backend.privacy;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Converts phone numbers written before V20 (in clear, no lookup hash) at start-up, before any
 * message is handled: each is encrypted like the rest of its column and its keyed hash ({@link
 * PhoneLookup}) is filled in, so it is found by number again. A row changed meanwhile is left as it
 * is (the update checks the old value), and two instances starting at once convert each row once.
 *
 * <p>Once no row of a column is left to convert, that is recorded in {@code data_conversion} (V25,
 * one row per column) and later starts skip the column without reading it: since V20 the
 * application writes every number encrypted, so a converted column stays converted, and a start on
 * existing data reads one small table here whatever the size of the message tables (the scan of
 * {@code outbound_message.to_address}, which has no hash to find its clear rows by, read the whole
 * table on every start). Two instances finishing a column at once record it once. An instance from
 * before V20 writing meanwhile (which the upgrade note rules out) would leave clear numbers behind
 * the record: deleting the column's row from {@code data_conversion} makes the next start convert
 * it again. {@link #convert()} always reads every column. Later key rotation is {@link
 * ReEncryption}'s: these columns are ordinary encrypted columns, and their hashes do not depend on
 * the data key.
 */
@Singleton
public class PhoneNumbersAtRest {

    private static final Logger LOG = LoggerFactory.getLogger(PhoneNumbersAtRest.class);
    private static final int BATCH = 500;

    /**
     * A column holding a phone number or a person's message address; {@code hashColumn} null: never
     * looked up.
     */
    record PhoneColumn(String table, String column, String hashColumn) {}

    static final List<PhoneColumn> COLUMNS =
            List.of(
                    new PhoneColumn("person", "phone_e164", "phone_e164_hash"),
                    new PhoneColumn("inbound_message", "from_address", "from_address_hash"),
                    new PhoneColumn("outbound_message", "to_address", null));

    private final EncryptedColumns encrypted;
    private final TextCipher cipher;
    private final PhoneLookup lookup;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    PhoneNumbersAtRest(
            EncryptedColumns encrypted,
            TextCipher cipher,
            PhoneLookup lookup,
            TransactionOperations<Connection> transactions,
            Clock clock) {
        this.encrypted = encrypted;
        this.cipher = cipher;
        this.lookup = lookup;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        int converted = convertWhatIsNotDone();
        if (converted > 0) {
            LOG.info(
                    "{} phone numbers stored before V20 are now encrypted with a lookup hash",
                    converted);
        }
    }

    /** The {@code data_conversion} row recording that a column holds no clear number any more. */
    static String doneName(PhoneColumn column) {
        return "phone numbers at rest: " + column.table() + "." + column.column();
    }

    /**
     * What a start does: converts the columns not yet recorded as converted, and records each; how
     * many rows were converted.
     */
    int convertWhatIsNotDone() {
        Set<String> done =
                transactions.executeRead(
                        status -> {
                            try {
                                return DataConversions.done(status.getConnection());
                            } catch (SQLException e) {
                                throw new IllegalStateException("cannot read data_conversion", e);
                            }
                        });
        int converted = 0;
        for (PhoneColumn column : COLUMNS) {
            if (!done.contains(doneName(column))) {
                converted += convert(column);
            }
        }
        return converted;
    }

    /**
     * Converts every row still in the old form, in every column (recorded or not); how many were
     * converted.
     */
    public int convert() {
        int converted = 0;
        for (PhoneColumn column : COLUMNS) {
            converted += convert(column);
        }
        return converted;
    }

    /** Converts one column to the end, then records it as done. */
    private int convert(PhoneColumn column) {
        int converted = 0;
        EncryptedColumn target =
                encrypted.all().stream()
                        .filter(
                                c ->
                                        c.table().equalsIgnoreCase(column.table())
                                                && c.column().equalsIgnoreCase(column.column()))
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                column.table()
                                                        + "."
                                                        + column.column()
                                                        + " is not mapped as an encrypted column"));
        long after = 0;
        while (after >= 0) {
            long from = after;
            int[] done = new int[1];
            after =
                    transactions.executeWrite(
                            status -> {
                                try {
                                    return batch(
                                            status.getConnection(), column, target, from, done);
                                } catch (SQLException e) {
                                    throw new IllegalStateException(
                                            "cannot convert the phone numbers in " + column.table(),
                                            e);
                                }
                            });
            converted += done[0];
        }
        transactions.executeWrite(
                status -> {
                    try {
                        DataConversions.markDone(
                                status.getConnection(), doneName(column), clock.instant());
                    } catch (SQLException e) {
                        throw new IllegalStateException("cannot write data_conversion", e);
                    }
                    return null;
                });
        return converted;
    }

    /** One batch of rows after id {@code after}; the last id seen, or -1 when there were none. */
    private long batch(
            Connection connection,
            PhoneColumn column,
            EncryptedColumn target,
            long after,
            int[] done)
            throws SQLException {
        String value = q(column.column());
        String pending =
                column.hashColumn() != null
                        ? q(column.hashColumn()) + " IS NULL"
                        : value
                                + " NOT LIKE 'v1:%' AND "
                                + value
                                + " NOT LIKE 'v2:%' AND "
                                + value
                                + " NOT LIKE 'v3:%'";
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement select =
                connection.prepareStatement(
                        "SELECT id, "
                                + value
                                + " FROM "
                                + q(column.table())
                                + " WHERE "
                                + pending
                                + " AND id > ? ORDER BY id LIMIT "
                                + BATCH)) {
            select.setLong(1, after);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(new Object[] {result.getLong(1), result.getString(2)});
                }
            }
        }
        if (rows.isEmpty()) {
            return -1;
        }
        String update =
                "UPDATE "
                        + q(column.table())
                        + " SET "
                        + value
                        + " = ?"
                        + (column.hashColumn() != null
                                ? ", " + q(column.hashColumn()) + " = ?"
                                : "")
                        + " WHERE id = ? AND "
                        + value
                        + " = ? AND "
                        + pending;
        try (PreparedStatement write = connection.prepareStatement(update)) {
            for (Object[] row : rows) {
                String stored = (String) row[1];
                if (TextCipher.isRowBound(stored)) {
                    // sealed to its row by RowBoundText (whose owner this batch does not know):
                    // already encrypted
                    continue;
                }
                boolean sealed = EncryptedText.isEncrypted(stored);
                String plain = sealed ? cipher.decrypt(stored, target.binding()) : stored;
                int i = 1;
                write.setString(i++, sealed ? stored : cipher.encrypt(plain, target.binding()));
                if (column.hashColumn() != null) {
                    write.setString(i++, lookup.hash(plain));
                }
                write.setLong(i++, (Long) row[0]);
                write.setString(i, stored);
                done[0] += write.executeUpdate();
            }
        }
        return (Long) rows.get(rows.size() - 1)[0];
    }

    private static String q(String name) {
        return "`" + name + "`";
    }
}
