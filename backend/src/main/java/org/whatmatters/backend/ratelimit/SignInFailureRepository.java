package org.whatmatters.backend.ratelimit;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SignInFailureRepository extends CrudRepository<SignInFailure, String> {

    @Query(
            "DELETE FROM sign_in_failure WHERE last_failure_at < :before AND (blocked_until IS NULL OR blocked_until < :now)")
    int deleteForgotten(Instant before, Instant now);
}
