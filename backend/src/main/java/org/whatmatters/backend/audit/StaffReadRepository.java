package org.whatmatters.backend.audit;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

/** Append-only: insert and read, and delete only what is past its retention. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface StaffReadRepository extends GenericRepository<StaffRead, Long> {

    StaffRead save(StaffRead read);

    List<StaffRead> findByPersonIdOrderById(Long personId);

    List<StaffRead> findByReadAtGreaterThanEqualsAndReadAtLessThanOrderById(Instant from, Instant until);

    @Query("DELETE FROM staff_read WHERE read_at < :before")
    int deleteOlderThan(Instant before);
}
