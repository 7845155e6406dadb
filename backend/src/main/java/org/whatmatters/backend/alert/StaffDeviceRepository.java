package org.whatmatters.backend.alert;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface StaffDeviceRepository extends CrudRepository<StaffDevice, Long> {

    List<StaffDevice> findByStaffAccountIdIn(Collection<Long> accountIds);

    Optional<StaffDevice> findByToken(String token);

    void deleteByToken(String token);
}
