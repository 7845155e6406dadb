package org.whatmatters.backend.caseload;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface PersonNoteRepository extends CrudRepository<PersonNote, Long> {

    List<PersonNote> findByPersonIdAndOrganisationIdOrderById(Long personId, Long organisationId);
}
