package org.whatmatters.backend.followup;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface FollowUpChangeRepository extends CrudRepository<FollowUpChange, Long> {

    List<FollowUpChange> findByPersonIdOrderById(Long personId);

    List<FollowUpChange> findByContactIdOrderById(Long contactId);
}
