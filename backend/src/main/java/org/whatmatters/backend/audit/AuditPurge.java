package org.whatmatters.backend.audit;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * The one way rows leave {@code staff_read}: the database refuses every UPDATE of it, and every
 * DELETE of a row that is not older than the cut-off this connection has set in {@value #CUTOFF}
 * (triggers of migration V21). The retention job sets it to now minus AUDIT_RETENTION, deletes what
 * is older, and clears it again, all on its own transaction's connection; no other code sets it.
 */
@Singleton
public class AuditPurge {

    /**
     * The session variable the triggers read; unset (NULL) on every connection but the purge's,
     * while it runs.
     */
    public static final String CUTOFF = "@whatmatters_audit_purge_before";

    private final DataSource dataSource;

    AuditPurge(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Deletes the reads from before {@code before}; the number removed. */
    @Transactional
    public int deleteOlderThan(Instant before) {
        try {
            Connection connection = dataSource.getConnection();
            try (PreparedStatement allow = connection.prepareStatement("SET " + CUTOFF + " = ?")) {
                allow.setTimestamp(1, Timestamp.from(before));
                allow.execute();
            }
            try (Statement statement = connection.createStatement()) {
                return statement.executeUpdate("DELETE FROM staff_read WHERE read_at < " + CUTOFF);
            } finally {
                try (Statement clear = connection.createStatement()) {
                    clear.execute("SET " + CUTOFF + " = NULL");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot remove audit rows past their retention", e);
        }
    }
}
