package org.whatmatters.backend.message;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface InboundMessageRepository extends CrudRepository<InboundMessage, Long> {

    Optional<InboundMessage> findByChannelAndProviderId(Channel channel, String providerId);

    long countByPersonId(Long personId);

    List<InboundMessage> findByPersonIdOrderById(Long personId);

    @Query("SELECT * FROM inbound_message WHERE id = :id FOR UPDATE")
    Optional<InboundMessage> lockById(Long id);

    @Query("UPDATE inbound_message SET processed_at = :processedAt, person_id = :personId WHERE id = :id")
    void markProcessed(Long id, Long personId, Instant processedAt);

    /** Messages from this address that came in before {@code id} and are not handled yet, oldest first. */
    @Query("SELECT id FROM inbound_message WHERE channel = :channel AND from_address = :fromAddress AND id < :id AND processed_at IS NULL ORDER BY id")
    List<Long> findUnprocessedBefore(Channel channel, String fromAddress, Long id);

    /** Messages accepted but never handled (the handler failed or the instance died): the recovery sweep's work. */
    @Query("SELECT id FROM inbound_message WHERE processed_at IS NULL AND received_at < :receivedBefore ORDER BY id LIMIT :limit")
    List<Long> findUnprocessedIds(Instant receivedBefore, int limit);
}
