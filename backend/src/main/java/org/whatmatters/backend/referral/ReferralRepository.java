package org.whatmatters.backend.referral;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ReferralRepository extends CrudRepository<Referral, Long> {

    /** A person's newest referral (a person may refer themselves again after one closed). */
    Optional<Referral> findFirstByPersonIdOrderByIdDesc(Long personId);

    @Query("SELECT * FROM referral WHERE id = :id FOR UPDATE")
    Optional<Referral> lockById(Long id);

    List<Referral> findByOrganisationIdOrderByIdDesc(Long organisationId);

    List<Referral> findByOrganisationIdIsNullOrderById();

    List<Referral> findByPersonIdIn(Collection<Long> personIds);

    List<Referral> findByCoordinatorIdOrderByIdDesc(Long coordinatorId);
}
