package org.whatmatters.backend.person;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface PersonEventRepository extends CrudRepository<PersonEvent, Long> {

    List<PersonEvent> findByPersonIdOrderById(Long personId);

    /** Alerts still open (not handled) of these kinds, for these people: the caseload's flags. */
    List<PersonEvent> findByPersonIdInAndKindInAndHandledAtIsNull(
            Collection<Long> personIds, Collection<String> kinds);
}
