package org.whatmatters.backend.coordinator;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface CoordinatorRepository extends CrudRepository<Coordinator, Long> {

    List<Coordinator> listOrderByName();

    List<Coordinator> findByTeamIdOrderByName(Long teamId);

    long countByTeamId(Long teamId);

    Optional<Coordinator> findByStaffAccountId(Long staffAccountId);

    /**
     * How many referrals name this coordinator as the person's (they keep it from being removed).
     */
    @Query("SELECT COUNT(*) FROM referral WHERE coordinator_id = :coordinatorId")
    long countReferralsLinkedTo(Long coordinatorId);
}
