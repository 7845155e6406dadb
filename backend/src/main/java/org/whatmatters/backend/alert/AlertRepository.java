package org.whatmatters.backend.alert;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AlertRepository extends CrudRepository<Alert, Long> {

    Optional<Alert> findByToken(String token);

    @Query("SELECT * FROM alert WHERE id = :id FOR UPDATE")
    Optional<Alert> lockById(Long id);

    List<Alert> findByEventIdOrderById(Long eventId);

    List<Alert> findByPersonIdInOrderByIdDesc(Collection<Long> personIds);

    List<Alert> findByRecipientAndRecipientIdOrderByIdDesc(Recipient recipient, Long recipientId);
}
