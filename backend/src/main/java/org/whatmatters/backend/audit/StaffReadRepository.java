package org.whatmatters.backend.audit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

/**
 * Append-only: insert and read (the database refuses anything else; rows past their retention go by
 * {@link AuditPurge}).
 */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface StaffReadRepository extends GenericRepository<StaffRead, Long> {

    StaffRead save(StaffRead read);

    List<StaffRead> findByPersonIdOrderById(Long personId);

    List<StaffRead> findByReadAtGreaterThanEqualsAndReadAtLessThanOrderById(
            Instant from, Instant until);
}
