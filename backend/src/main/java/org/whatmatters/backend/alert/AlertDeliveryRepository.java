package org.whatmatters.backend.alert;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AlertDeliveryRepository extends CrudRepository<AlertDelivery, Long> {

    List<AlertDelivery> findByAlertIdOrderById(Long alertId);

    List<AlertDelivery> findByAlertIdInOrderById(Collection<Long> alertIds);

    Optional<AlertDelivery> findByProviderId(String providerId);
}
