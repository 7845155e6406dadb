package org.whatmatters.backend.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.support.WithAPartner;

/**
 * A number that may have passed to someone else (H2): after a long silence, or once Twilio has said
 * the number is not in service, the next follow-up first sends only a neutral question asking for
 * the first name the person gave. The right name (any case, accents ignored) confirms the number
 * and the follow-up goes ahead; anything else, or no reply within FOLLOWUP_IDENTITY_REPLY_WITHIN,
 * sends nothing personal and makes the contact a task for the partner; later contacts are held
 * until a partner confirms the number. Everything through the signed webhook, the Twilio stand-in
 * and the scheduler, drained before each absence is asserted. Delivered Monday 23 November 10:00 to
 * "Dee"; contact 1 due Thu 26 Nov 10:00, contact 2 Mon 7 Dec, contact 3 Mon 4 Jan.
 */
@MicronautTest(environments = "test", transactional = false)
class RecycledNumberTest extends WithAPartner {

    private static final String PHONE = "+447700900781";
    private static final Instant CONTACT_1_DUE = Instant.parse("2026-11-26T10:00:00Z");
    private static final Instant CONTACT_2_DUE = Instant.parse("2026-12-07T10:00:00Z");
    private static final Instant CONTACT_3_DUE = Instant.parse("2027-01-04T10:00:00Z");
    private static final String QUESTION =
            "Hello, it's WhatMatters. It's been a while, so a quick check first: please reply with the "
                    + "first name you gave us. If you don't know us, reply WRONG NUMBER. Reply STOP to stop messages.";
    private static final String THANKS =
            "Thank you. We won't send anything more to this number until we've checked it. "
                    + "Reply STOP to stop messages.";
    private static final String CONTACT_1_TEXT = "Has the item you chose arrived?";

    @Test
    void afterSevenMonthsOfSilenceTheNextContactSendsOnlyTheNeutralQuestion() {
        Long person = silentForSevenMonths();

        timeIs(CONTACT_1_DUE.plusSeconds(5));
        awaitTexts(PHONE, 4);
        drain();

        List<String> texts = textsTo(PHONE);
        assertThat(texts).hasSize(4);
        assertThat(texts.get(3))
                .isEqualTo(QUESTION)
                .doesNotContain("Dee")
                .doesNotContainIgnoringCase("item")
                .doesNotContainIgnoringCase("mental")
                .doesNotContainIgnoringCase("NHS");
        assertThat(statusOf(person, 1)).isEqualTo("CONFIRMING");
        assertThat(actions(person)).contains(NumberStillTheirs.ASKED);
    }

    @Test
    void theRightNameConfirmsTheNumberAndTheFollowUpIsSent() {
        Long person = silentForSevenMonths();
        timeIs(CONTACT_1_DUE.plusSeconds(5));
        awaitTexts(PHONE, 4);

        says(PHONE, "  dée. ");
        awaitTexts(PHONE, 5);
        drain();

        List<String> texts = textsTo(PHONE);
        assertThat(texts).hasSize(5);
        assertThat(texts.get(4)).contains(CONTACT_1_TEXT);
        assertThat(statusOf(person, 1)).isEqualTo("STARTED");
        assertThat(actions(person))
                .contains(NumberStillTheirs.CONFIRMED)
                .doesNotContain(NumberStillTheirs.UNCONFIRMED);
        // the confirmation is recorded, so the silence starts again: contact 2 is texted without
        // asking again
        says(PHONE, "yes");
        says(PHONE, "1");
        awaitStatus(person, 1, "COMPLETED");
        drain();
        timeIs(CONTACT_2_DUE.plusSeconds(5));
        awaitStatus(person, 2, "STARTED");
        drain();
        assertThat(textsTo(PHONE)).filteredOn(QUESTION::equals).hasSize(1);
    }

    @Test
    void theWrongNameSendsNothingPersonalAndMakesATaskForThePartnerAndHoldsLaterContacts() {
        Long person = silentForSevenMonths();
        timeIs(CONTACT_1_DUE.plusSeconds(5));
        awaitTexts(PHONE, 4);

        says(PHONE, "Bob");
        awaitTexts(PHONE, 5);
        drain();

        assertThat(textsTo(PHONE)).hasSize(5).last().isEqualTo(THANKS);
        assertThat(statusOf(person, 1)).isEqualTo("TASK");
        assertThat(actions(person))
                .contains(NumberStillTheirs.UNCONFIRMED, "TASK_DUE")
                .doesNotContain(NumberStillTheirs.CONFIRMED);
        assertThat(
                        database.count(
                                "person_event WHERE person_id = "
                                        + person
                                        + " AND kind = 'NUMBER_UNCONFIRMED'"))
                .isEqualTo(1);

        // the stranger writes again (which would otherwise restart the silence): contact 2 is still
        // held, not texted
        says(PHONE, "who is this?");
        drain();
        int before = textsTo(PHONE).size();
        timeIs(CONTACT_2_DUE.plusSeconds(5));
        awaitStatus(person, 2, "TASK");
        drain();
        assertThat(textsTo(PHONE))
                .hasSize(before)
                .noneMatch(text -> text.contains("how is it going") || text.contains("Dee"));

        // once the partner confirms who has the number, the next contact is texted again
        partner.post(
                followUps(person) + "/number-confirmed",
                Map.of("reason", "rang Dee, it is her number"));
        timeIs(CONTACT_3_DUE.plusSeconds(5));
        awaitStatus(person, 3, "STARTED");
        assertThat(textsTo(PHONE)).hasSize(before + 1);
    }

    @Test
    void wrongNumberInReplySendsNothingPersonal() {
        Long person = silentForSevenMonths();
        timeIs(CONTACT_1_DUE.plusSeconds(5));
        awaitTexts(PHONE, 4);

        says(PHONE, "WRONG NUMBER");
        awaitTexts(PHONE, 5);
        drain();

        assertThat(textsTo(PHONE)).hasSize(5).last().isEqualTo(THANKS);
        assertThat(statusOf(person, 1)).isEqualTo("TASK");
    }

    @Test
    void
            aNumberTwilioReportedOutOfServiceGetsTheSameQuestionAndTheRightNameLetsTheFollowUpGoAhead() {
        Long person = deliveredPerson();
        database.update(
                "UPDATE outbound_message SET error_code = '30005', updated_at = ? WHERE person_id = ?",
                Timestamp.from(START.plus(Duration.ofHours(1))),
                person);

        timeIs(CONTACT_1_DUE.plusSeconds(5));
        awaitTexts(PHONE, 4);
        drain();
        assertThat(textsTo(PHONE)).hasSize(4).last().isEqualTo(QUESTION);
        assertThat(statusOf(person, 1)).isEqualTo("CONFIRMING");

        says(PHONE, "DEE");
        awaitTexts(PHONE, 5);
        drain();
        assertThat(textsTo(PHONE)).hasSize(5).last().asString().contains(CONTACT_1_TEXT);
    }

    @Test
    void noReplyInTimeMakesATaskForThePartnerAndNothingPersonalIsSent() {
        Long person = silentForSevenMonths();
        timeIs(CONTACT_1_DUE.plusSeconds(5));
        awaitTexts(PHONE, 4);
        drain();

        timeIs(CONTACT_1_DUE.plus(Duration.ofHours(71)));
        drain();
        assertThat(statusOf(person, 1)).isEqualTo("CONFIRMING");

        timeIs(CONTACT_1_DUE.plus(Duration.ofHours(72)).plusSeconds(10));
        awaitStatus(person, 1, "TASK");
        drain();
        assertThat(textsTo(PHONE)).hasSize(4);
        assertThat(actions(person)).contains(NumberStillTheirs.UNCONFIRMED);
        assertThat(
                        database.count(
                                "person_event WHERE person_id = "
                                        + person
                                        + " AND kind = 'NUMBER_UNCONFIRMED'"))
                .isEqualTo(1);
    }

    @Test
    void aCrisisInReplyGetsCrisisSupportAtOnceAndNothingPersonal() {
        Long person = silentForSevenMonths();
        timeIs(CONTACT_1_DUE.plusSeconds(5));
        awaitTexts(PHONE, 4);

        says(PHONE, "i want to kill myself");
        awaitTexts(PHONE, 5);
        drain();

        assertThat(textsTo(PHONE)).hasSize(5).last().asString().contains("Samaritans");
        assertThat(statusOf(person, 1)).isEqualTo("TASK");
        assertThat(
                        database.count(
                                "person_event WHERE person_id = "
                                        + person
                                        + " AND urgency = 'URGENT'"))
                .isEqualTo(1);
    }

    @Test
    void stopInReplyStillOptsOut() {
        Long person = silentForSevenMonths();
        timeIs(CONTACT_1_DUE.plusSeconds(5));
        awaitTexts(PHONE, 4);

        says(PHONE, "STOP");
        awaitTexts(PHONE, 5);
        drain();

        assertThat(textsTo(PHONE))
                .hasSize(5)
                .last()
                .asString()
                .contains("You won't get any more messages");
        assertThat(statusOf(person, 1)).isEqualTo("CANCELLED");
    }

    @Test
    void withoutANameToAskForTheFollowUpIsATaskNotAText() {
        Long person = referred(PHONE, Map.of("area", "Example Town"));
        delivered(person);
        awaitTexts(PHONE, 3);
        backdate(person);

        timeIs(CONTACT_1_DUE.plusSeconds(5));
        awaitStatus(person, 1, "TASK");
        drain();
        assertThat(textsTo(PHONE)).hasSize(3);
        assertThat(
                        database.query(
                                "SELECT detail FROM follow_up_change WHERE person_id = ? AND action = 'TASK_DUE'",
                                person))
                .singleElement()
                .satisfies(
                        row -> assertThat(row.get(0).toString()).contains("number not confirmed"));
    }

    private Long silentForSevenMonths() {
        Long person = deliveredPerson();
        backdate(person);
        return person;
    }

    /** Known to us for seven months, never written since: as if they self-referred in April. */
    private void backdate(Long person) {
        database.update(
                "UPDATE person SET created_at = ? WHERE id = ?",
                Timestamp.from(START.minus(Duration.ofDays(213))),
                person);
    }

    private Long deliveredPerson() {
        Long person = referred(PHONE, Map.of("preferred_name", "Dee"));
        delivered(person);
        awaitTexts(PHONE, 3);
        return person;
    }

    private List<String> actions(Long person) {
        return database
                .query(
                        "SELECT action FROM follow_up_change WHERE person_id = ? ORDER BY id",
                        person)
                .stream()
                .map(row -> row.get(0).toString())
                .toList();
    }

    /**
     * Until nothing is left to do now: every message from the person handled, every follow-up task
     * due by the clock run, and every text queued handed to the stand-in. What has not been sent by
     * then is not going to be.
     */
    private void drain() {
        await().atMost(Duration.ofSeconds(15))
                .until(
                        () ->
                                database.count(
                                                "inbound_message WHERE processed_at IS NULL AND failed_at IS NULL")
                                        == 0);
        scheduler.checkNow();
        await().atMost(Duration.ofSeconds(15)).until(() -> dueFollowUpWork() == 0);
        await().atMost(Duration.ofSeconds(15))
                .until(
                        () ->
                                database.count(
                                                "outbound_message WHERE status IN ('PENDING', 'SENDING')")
                                        == 0);
    }

    private long dueFollowUpWork() {
        Instant now = clock.instant();
        return database
                .query(
                        "SELECT execution_time FROM scheduled_tasks WHERE task_instance LIKE 'follow-up-%'")
                .stream()
                .map(row -> ((Timestamp) row.get(0)).toInstant())
                .filter(at -> !at.isAfter(now))
                .count();
    }
}
