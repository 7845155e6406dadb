package org.whatmatters.backend.console.session;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ConsoleSessionRepository extends CrudRepository<ConsoleSession, Long> {

    Optional<ConsoleSession> findByTokenHash(String tokenHash);

    void deleteByTokenHash(String tokenHash);

    void deleteByStaffAccountId(Long staffAccountId);
}
