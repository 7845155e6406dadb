package org.whatmatters.backend.health;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;

/**
 * Tells the connection pool to throw away a connection whose driver says it is gone for good.
 * Hikari does this by itself only for SQLSTATE class 08 (what MySQL's and MariaDB's drivers
 * report); H2 reports a dropped server as "database is already closed" (90121) in a {@link
 * SQLNonTransientConnectionException}, and without this the pool kept handing out dead connections
 * after the database came back, so the outage never ended. Set as the pool's {@code
 * exception-override-class-name} in application.yml.
 */
public class BrokenConnections implements SQLExceptionOverride {

    @java.lang.Override
    public Override adjudicate(SQLException e) {
        return e instanceof SQLNonTransientConnectionException
                ? Override.MUST_EVICT
                : Override.CONTINUE_EVICT;
    }
}
