package org.whatmatters.backend.followup;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface FollowUpContactRepository extends CrudRepository<FollowUpContact, Long> {

    /** Moves a contact on from SCHEDULED; 1 for the one caller that did it, 0 for any other. */
    @Query("UPDATE follow_up_contact SET status = :status, started_at = :at WHERE id = :id AND status = 'SCHEDULED'")
    int finishScheduling(Long id, FollowUpContact.Status status, Instant at);

    List<FollowUpContact> findByPersonIdOrderByContactNumber(Long personId);
}
