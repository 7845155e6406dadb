package org.whatmatters.backend.alert;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AlertDeliveryRepository extends CrudRepository<AlertDelivery, Long> {

    List<AlertDelivery> findByAlertIdOrderById(Long alertId);

    List<AlertDelivery> findByAlertIdInOrderById(Collection<Long> alertIds);

    Optional<AlertDelivery> findByProviderId(String providerId);

    /**
     * The provider's answer to an attempt still SENDING; 0 when it is not (the check for attempts a
     * restart cut off took it over, and makes it again).
     */
    @Query(
            "UPDATE alert_delivery SET status = :status, retryable = :retryable, provider_id = :providerId, error_code = :errorCode,"
                    + " detail = :detail, updated_at = :at WHERE id = :id AND status = 'SENDING'")
    int finishSending(
            Long id,
            String status,
            boolean retryable,
            @Nullable String providerId,
            @Nullable String errorCode,
            @Nullable String detail,
            Instant at);
}
