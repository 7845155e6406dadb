package org.whatmatters.backend.staff;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import org.whatmatters.backend.security.Role;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface StaffAccountRepository extends CrudRepository<StaffAccount, Long> {

    Optional<StaffAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    List<StaffAccount> listOrderByUsername();

    /**
     * The enabled accounts of one role in one organisation (a partner's staff, to push alerts to).
     */
    List<StaffAccount> findByOrganisationIdAndRoleAndEnabled(
            Long organisationId, Role role, boolean enabled);
}
