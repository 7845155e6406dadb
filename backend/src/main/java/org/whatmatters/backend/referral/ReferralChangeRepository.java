package org.whatmatters.backend.referral;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ReferralChangeRepository extends CrudRepository<ReferralChange, Long> {

    List<ReferralChange> findByReferralIdOrderById(Long referralId);
}
