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

    // A page of what staff see (StaffAlerts): the alerts of one page in one query, newest first,
    // and their count.

    /** About the people the organisation has (had) a referral for. */
    @Query(
            "SELECT a.* FROM alert a WHERE a.person_id IN (SELECT r.person_id FROM referral r WHERE r.organisation_id = :organisationId)"
                    + " ORDER BY a.id DESC LIMIT :size OFFSET :offset")
    List<Alert> pageForOrganisation(Long organisationId, int size, long offset);

    @Query(
            "SELECT COUNT(*) FROM alert a WHERE a.person_id IN (SELECT r.person_id FROM referral r WHERE r.organisation_id = :organisationId)")
    long countForOrganisation(Long organisationId);

    @Query(
            "SELECT a.* FROM alert a WHERE a.person_id = :personId"
                    + " AND EXISTS (SELECT 1 FROM referral r WHERE r.person_id = a.person_id AND r.organisation_id = :organisationId)"
                    + " ORDER BY a.id DESC LIMIT :size OFFSET :offset")
    List<Alert> pageForOrganisationAbout(Long organisationId, Long personId, int size, long offset);

    @Query(
            "SELECT COUNT(*) FROM alert a WHERE a.person_id = :personId"
                    + " AND EXISTS (SELECT 1 FROM referral r WHERE r.person_id = a.person_id AND r.organisation_id = :organisationId)")
    long countForOrganisationAbout(Long organisationId, Long personId);

    /** Sent to one recipient (a coordinator). */
    @Query(
            "SELECT * FROM alert WHERE recipient = :recipient AND recipient_id = :recipientId ORDER BY id DESC LIMIT :size OFFSET :offset")
    List<Alert> pageForRecipient(String recipient, Long recipientId, int size, long offset);

    @Query(
            "SELECT COUNT(*) FROM alert WHERE recipient = :recipient AND recipient_id = :recipientId")
    long countForRecipient(String recipient, Long recipientId);

    /**
     * Sent to one recipient about one person, only those that say who they are about (a filter must
     * not tell more).
     */
    @Query(
            "SELECT * FROM alert WHERE recipient = :recipient AND recipient_id = :recipientId AND person_id = :personId"
                    + " AND identifying = TRUE ORDER BY id DESC LIMIT :size OFFSET :offset")
    List<Alert> pageForRecipientAbout(
            String recipient, Long recipientId, Long personId, int size, long offset);

    @Query(
            "SELECT COUNT(*) FROM alert WHERE recipient = :recipient AND recipient_id = :recipientId AND person_id = :personId"
                    + " AND identifying = TRUE")
    long countForRecipientAbout(String recipient, Long recipientId, Long personId);
}
