package org.whatmatters.backend.health;

import com.zaxxer.hikari.HikariConfig;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.async.publisher.AsyncSingleResultPublisher;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import javax.sql.DataSource;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /health} says whether the database answers, within the pool's connection timeout: {@code
 * DOWN} (and HTTP 503) during an outage, so a load balancer or an operator sees it at once. It
 * replaces Micronaut's own JDBC indicator, whose details quote the driver's exception (class name,
 * message, URL); these say only up or down and how long the check took.
 */
@Singleton
@Readiness
@Requires(beans = DataSource.class)
class DatabaseHealth implements HealthIndicator {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseHealth.class);
    private static final int VALID_WITHIN_SECONDS = 2;

    private final DataSource dataSource;
    private final ExecutorService executor;
    private final long connectionTimeoutMillis;

    DatabaseHealth(DataSource dataSource, @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.executor = executor;
        // the pool's own setting (DATASOURCES_DEFAULT_CONNECTION_TIMEOUT), as the pool applies it
        this.connectionTimeoutMillis =
                this.dataSource instanceof HikariConfig pool ? pool.getConnectionTimeout() : 0;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return new AsyncSingleResultPublisher<>(executor, this::check);
    }

    private HealthResult check() {
        long started = System.nanoTime();
        boolean up;
        try (Connection connection = dataSource.getConnection()) {
            up = connection.isValid(VALID_WITHIN_SECONDS);
        } catch (SQLException | RuntimeException e) {
            up = false;
        }
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reachable", up);
        details.put("checkMillis", tookMillis);
        if (!up) {
            details.put(
                    "reason",
                    "no working connection"
                            + (connectionTimeoutMillis > 0
                                    ? " within " + connectionTimeoutMillis + " ms"
                                    : ""));
            LOG.warn("health: the database is not reachable (checked for {} ms)", tookMillis);
        }
        return HealthResult.builder("database", up ? HealthStatus.UP : HealthStatus.DOWN)
                .details(details)
                .build();
    }
}
