package org.whatmatters.backend.followup;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.support.WithAPartner;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A number that may have passed to someone else is not texted a follow-up: after a long silence, or once Twilio
 * has said the number is not in service, the contact becomes a task for the partner to confirm who has it (H2).
 * Delivered Monday 23 November 10:00; contact 1 due Thu 26 Nov 10:00.
 */
@MicronautTest(environments = "test", transactional = false)
class RecycledNumberTest extends WithAPartner {

    private static final String PHONE = "+447700900781";
    private static final Instant CONTACT_1_DUE = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void afterALongSilenceTheFollowUpIsATaskNotAText() {
        Long person = deliveredPerson();
        database.update("UPDATE person SET created_at = ? WHERE id = ?", Timestamp.from(START.minus(Duration.ofDays(200))), person);

        timeIs(CONTACT_1_DUE.plusSeconds(5));

        awaitStatus(person, 1, "TASK");
        assertThat(textsTo(PHONE)).hasSize(3);
        assertThat(database.query("SELECT detail FROM follow_up_change WHERE person_id = ? AND action = 'TASK_DUE'", person))
                .singleElement().satisfies(row -> assertThat(row.get(0).toString()).contains("number not confirmed"));
    }

    @Test
    void aNumberTwilioReportedOutOfServiceIsNotTexted() {
        Long person = deliveredPerson();
        database.update("UPDATE outbound_message SET error_code = '30005', updated_at = ? WHERE person_id = ?",
                Timestamp.from(START.plus(Duration.ofHours(1))), person);

        timeIs(CONTACT_1_DUE.plusSeconds(5));

        awaitStatus(person, 1, "TASK");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> textsTo(PHONE).size() == 3);
    }

    private Long deliveredPerson() {
        Long person = referred(PHONE, Map.of("preferred_name", "Dee"));
        delivered(person);
        awaitTexts(PHONE, 3);
        return person;
    }
}
