package org.whatmatters.backend.ratelimit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SignInFailureRepository extends CrudRepository<SignInFailure, String> {
}
