package org.whatmatters.backend.followup;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface FollowUpContactRepository extends CrudRepository<FollowUpContact, Long> {

    @Query("SELECT * FROM follow_up_contact WHERE id = :id FOR UPDATE")
    Optional<FollowUpContact> lockById(Long id);

    List<FollowUpContact> findByPersonIdOrderByContactNumber(Long personId);

    List<FollowUpContact> findByPersonIdAndStatusInOrderByContactNumber(
            Long personId, Collection<ContactStatus> statuses);

    List<FollowUpContact> findByPersonIdInOrderByDueAt(Collection<Long> personIds);
}
