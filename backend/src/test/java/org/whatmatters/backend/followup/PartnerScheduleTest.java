package org.whatmatters.backend.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.support.StaffApi;
import org.whatmatters.backend.support.WithAPartner;

/**
 * Every change a partner may make to a schedule changes what is sent and when, and appears in the
 * audit with who, when and why. Delivered Monday 23 November 10:00; contacts due Thu 26 Nov, Mon 7
 * Dec, Mon 4 Jan.
 */
@MicronautTest(environments = "test", transactional = false)
class PartnerScheduleTest extends WithAPartner {

    private static final String PHONE = "+447700900702";
    private static final Instant CONTACT_1_DUE = Instant.parse("2026-11-26T10:00:00Z");
    private static final Instant CONTACT_2_DUE = Instant.parse("2026-12-07T10:00:00Z");
    private static final String CONTACT_1 =
            "Hello, it's WhatMatters. Has the item you chose arrived? Reply YES or NO.";
    private static final String CONTACT_2 =
            "Hello, it's WhatMatters. How is it going with the item you chose? "
                    + "Reply with a number from 1 (not well) to 5 (really well).";

    @Test
    void aSkippedContactIsNotSentAndTheNextOneStillIs() {
        Long person = deliveredPerson();

        JsonNode skipped =
                partner.post(
                        contactPath(person, 1) + "/skip",
                        Map.of("reason", "saw them at the drop-in"));

        assertThat(skipped.get("status").asText()).isEqualTo("SKIPPED");
        timeIs(CONTACT_1_DUE.plusSeconds(5));
        quietFor(3);
        timeIs(CONTACT_2_DUE.plusSeconds(5));
        assertThat(awaitTexts(PHONE, 4).get(3)).isEqualTo(CONTACT_2);
        assertThat(audit(person, "SKIPPED"))
                .singleElement()
                .satisfies(
                        change -> {
                            assertThat(change.get("by").asText()).isEqualTo("staff:sam.partner");
                            assertThat(change.get("reason").asText())
                                    .isEqualTo("saw them at the drop-in");
                            assertThat(change.get("at").asText()).startsWith("2026-11-23T10:");
                        });
    }

    @Test
    void aMovedContactGoesAtItsNewTimeAndNotAtTheOld() {
        Long person = deliveredPerson();

        JsonNode moved =
                partner.post(
                        contactPath(person, 1) + "/move",
                        Map.of("at", "2026-11-28T11:30", "reason", "they asked for Saturday"));

        assertThat(moved.get("dueLocal").asText()).isEqualTo("2026-11-28 11:30");
        timeIs(CONTACT_1_DUE.plusSeconds(5));
        quietFor(3);
        timeIs(Instant.parse("2026-11-28T11:30:01Z"));
        assertThat(awaitTexts(PHONE, 4).get(3)).isEqualTo(CONTACT_1);
        assertThat(audit(person, "MOVED"))
                .singleElement()
                .satisfies(
                        change ->
                                assertThat(change.get("detail").asText())
                                        .isEqualTo("2026-11-26T10:00:00Z -> 2026-11-28T11:30:00Z"));
    }

    @Test
    void aTimeInQuietHoursOrThePastIsRefusedWithTheNextAllowedTime() {
        Long person = deliveredPerson();

        StaffApi.Answer night =
                partner.send(
                        HttpRequest.POST(
                                contactPath(person, 1) + "/move",
                                Map.of("at", "2026-11-27T22:15")));
        StaffApi.Answer past =
                partner.send(
                        HttpRequest.POST(
                                contactPath(person, 1) + "/move",
                                Map.of("at", "2026-11-20T12:00")));

        assertThat(night.status()).isEqualTo(400);
        // said in UK time, beside the field, as an RFC 7807 problem
        assertThat(night.body().get("fields").get(0).get("field").asText()).isEqualTo("at");
        assertThat(night.body().get("detail").asText())
                .contains("Fri 27 Nov 2026, 22:15 is within quiet hours")
                .contains("the next allowed time is Sat 28 Nov 2026, 09:00");
        assertThat(past.status()).isEqualTo(400);
        assertThat(contact(person, 1).get("dueLocal").asText()).isEqualTo("2026-11-26 10:00");
        assertThat(audit(person, "MOVED")).isEmpty();
    }

    @Test
    void broughtForwardAContactGoesAtOnceInDaytime() {
        Long person = deliveredPerson();

        partner.post(
                contactPath(person, 2) + "/bring-forward",
                Map.of("reason", "they rang to say it's going well"));

        assertThat(awaitTexts(PHONE, 4).get(3)).isEqualTo(CONTACT_2);
        awaitStatus(person, 2, "STARTED");
        assertThat(audit(person, "BROUGHT_FORWARD")).hasSize(1);
    }

    @Test
    void broughtForwardAtNightItWaitsForTheMorning() {
        Long person = deliveredPerson();
        timeIs(Instant.parse("2026-11-23T21:30:00Z"));

        JsonNode forward = partner.post(contactPath(person, 2) + "/bring-forward", Map.of());

        assertThat(forward.get("dueLocal").asText()).isEqualTo("2026-11-24 09:00");
        quietFor(2);
    }

    @Test
    void feedbackMergedIntoContactTwoIsAskedThereAndContactThreeIsNotSent() {
        Long person = deliveredPerson();

        partner.post(
                contactPath(person, 2) + "/merge-feedback",
                Map.of("reason", "moving away in December"));

        assertThat(statusOf(person, 3)).isEqualTo("MERGED");
        assertThat(contact(person, 2).get("includesFeedback").asBoolean()).isTrue();
        partner.post(contactPath(person, 1) + "/skip", Map.of());
        timeIs(CONTACT_2_DUE.plusSeconds(5));
        awaitTexts(PHONE, 4);
        says(PHONE, "4");
        awaitTexts(PHONE, 5);
        says(PHONE, "Getting out more");
        assertThat(awaitTexts(PHONE, 6).get(5))
                .startsWith("And what difference, if any, has it made for you so far?");
        says(PHONE, "I sleep better");
        says(PHONE, "SKIP");
        says(PHONE, "no");
        awaitStatus(person, 2, "COMPLETED");
        assertThat(
                        database.query(
                                "SELECT kind FROM person_event WHERE person_id = ? AND kind = 'FEEDBACK_RECEIVED'",
                                person))
                .hasSize(1);
        assertThat(facts.currentFor(person))
                .containsEntry("difference_made", "I sleep better")
                .containsEntry("going_score", "4");
        assertThat(audit(person, "MERGED")).hasSize(1);
        assertThat(audit(person, "FEEDBACK_MERGED_IN")).hasSize(1);
    }

    @Test
    void anExtraContactRunsAtItsTime() {
        Long person = deliveredPerson();

        JsonNode extra =
                partner.post(
                        followUps(person),
                        Map.of(
                                "at",
                                "2026-11-24T14:00",
                                "reason",
                                "a check-in after the hospital visit"));

        assertThat(extra.get("number").asInt()).isEqualTo(4);
        assertThat(extra.get("script").asText()).isEqualTo("follow-up-2");
        timeIs(Instant.parse("2026-11-24T14:00:01Z"));
        assertThat(awaitTexts(PHONE, 4).get(3)).isEqualTo(CONTACT_2);
        assertThat(audit(person, "ADDED")).hasSize(1);
    }

    @Test
    void pauseHoldsEverythingAndResumeSendsWhatFellDueMeanwhile() {
        Long person = deliveredPerson();

        partner.post(followUps(person) + "/pause", Map.of("reason", "in hospital"));

        assertThat(contacts(person))
                .extracting(c -> c.get("status").asText())
                .containsOnly("PAUSED");
        timeIs(CONTACT_1_DUE.plus(Duration.ofHours(1)));
        quietFor(3);
        partner.post(followUps(person) + "/resume", Map.of("reason", "home again"));
        assertThat(awaitTexts(PHONE, 4).get(3)).isEqualTo(CONTACT_1);
        assertThat(statusOf(person, 2)).isEqualTo("SCHEDULED");
        assertThat(contact(person, 2).get("dueLocal").asText()).isEqualTo("2026-12-07 10:00");
        assertThat(audit(person, "PAUSED")).hasSize(3);
        assertThat(audit(person, "RESUMED")).hasSize(3);
    }

    @Test
    void aPhoneCallBecomesACaseloadTaskWhoseOutcomeThePartnerRecords() {
        Long person = referred(PHONE, Map.of("contact_channel", "phone"));
        delivered(person);
        awaitTexts(PHONE, 3);

        timeIs(CONTACT_1_DUE.plusSeconds(5));
        awaitStatus(person, 1, "TASK");
        quietFor(2);
        assertThat(partner.get("/partner/caseload?due=OVERDUE"))
                .extracting(e -> e.get("personId").asLong())
                .containsExactly(person);

        JsonNode notReached =
                partner.post(
                        contactPath(person, 1) + "/outcome",
                        Map.of("outcome", "NOT_REACHED", "note", "no answer, left voicemail"));
        assertThat(notReached.get("status").asText()).isEqualTo("TASK");
        assertThat(notReached.get("attempts").asInt()).isEqualTo(1);
        JsonNode reached =
                partner.post(
                        contactPath(person, 1) + "/outcome",
                        Map.of(
                                "outcome",
                                "FEEDBACK_GIVEN",
                                "note",
                                "long chat",
                                "feedback",
                                Map.of(
                                        "item_arrived",
                                        "yes",
                                        "difference_made",
                                        "I go to the gym twice a week")));

        assertThat(reached.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(reached.get("attempts").asInt()).isEqualTo(2);
        assertThat(
                        database.query(
                                "SELECT name, channel, node FROM fact WHERE person_id = ? AND node = 'recorded-by-partner' ORDER BY name",
                                person))
                .containsExactly(
                        List.of("difference_made", "phone", "recorded-by-partner"),
                        List.of("item_arrived", "phone", "recorded-by-partner"));
        assertThat(facts.currentFor(person))
                .containsEntry("difference_made", "I go to the gym twice a week");
        assertThat(audit(person, "OUTCOME_NOT_REACHED"))
                .singleElement()
                .satisfies(
                        change ->
                                assertThat(change.get("reason").asText())
                                        .isEqualTo("no answer, left voicemail"));
    }

    @Test
    void changingTheChannelTurnsATextIntoACallAndACallBackIntoAText() {
        Long person = deliveredPerson();

        partner.post(
                followUps(person) + "/channel",
                Map.of("channel", "PHONE", "reason", "prefers a call now"));
        timeIs(CONTACT_1_DUE.plusSeconds(5));
        awaitStatus(person, 1, "TASK");
        quietFor(2);

        partner.post(
                contactPath(person, 1) + "/channel",
                Map.of("channel", "SMS", "reason", "could not get through; text instead"));

        assertThat(awaitTexts(PHONE, 4).get(3)).isEqualTo(CONTACT_1);
        assertThat(audit(person, "CHANNEL_CHANGED"))
                .extracting(c -> c.get("detail").asText())
                .containsExactly("SMS -> PHONE", "SMS -> PHONE", "SMS -> PHONE", "PHONE -> SMS");
    }

    @Test
    void stopAllEndsEveryContactWhenThePersonDeclinesAndTellsWhoShouldKnow() {
        Long person = deliveredPerson();

        List<String> stopped =
                partner.post(
                                followUps(person) + "/stop",
                                Map.of("reason", "declined further contact on the phone"))
                        .findValuesAsText("status");

        assertThat(stopped).containsExactly("CANCELLED", "CANCELLED", "CANCELLED");
        assertThat(
                        database.query(
                                "SELECT kind FROM person_event WHERE person_id = ? AND kind = 'FOLLOW_UPS_DECLINED'",
                                person))
                .hasSize(1);
        timeIs(CONTACT_2_DUE.plusSeconds(5));
        quietFor(2);
        assertThat(partner.send(HttpRequest.POST(followUps(person) + "/stop", Map.of())).status())
                .as("a reason is required")
                .isEqualTo(400);
    }

    @Test
    void aContactAlreadyUnderWayCannotBeSkippedOrMoved() {
        Long person = deliveredPerson();
        timeIs(CONTACT_1_DUE.plusSeconds(5));
        awaitStatus(person, 1, "STARTED");

        assertThat(
                        partner.send(HttpRequest.POST(contactPath(person, 1) + "/skip", Map.of()))
                                .status())
                .isEqualTo(409);
        assertThat(
                        partner.send(
                                        HttpRequest.POST(
                                                contactPath(person, 1) + "/move",
                                                Map.of("at", "2026-12-01T10:00")))
                                .status())
                .isEqualTo(409);
    }

    @Test
    void theOrganisationsOwnTimingsApplyToSchedulesMadeFromThen() {
        partner.put(
                "/staff/organisations/" + organisationId + "/follow-up-offsets",
                Map.of("offsets", List.of("P1D", "P7D", "P28D")));
        Long person = deliveredPerson();

        assertThat(contacts(person))
                .extracting(c -> c.get("dueLocal").asText())
                .containsExactly("2026-11-24 10:00", "2026-11-30 10:00", "2026-12-21 10:00");
        assertThat(
                        partner.send(
                                        HttpRequest.PUT(
                                                "/staff/organisations/"
                                                        + organisationId
                                                        + "/follow-up-offsets",
                                                Map.of("offsets", List.of("P7D", "P1D", "P28D"))))
                                .status())
                .isEqualTo(400);
    }

    private Long deliveredPerson() {
        Long person = referred(PHONE, Map.of("preferred_name", "Dee"));
        delivered(person);
        awaitTexts(PHONE, 3);
        return person;
    }

    private String contactPath(Long person, int number) {
        return followUps(person) + "/" + contact(person, number).get("id").asLong();
    }

    private List<JsonNode> audit(Long person, String action) {
        List<JsonNode> found = new java.util.ArrayList<>();
        partner.get(followUps(person))
                .get("history")
                .forEach(
                        change -> {
                            if (change.get("action").asText().equals(action)) {
                                found.add(change);
                            }
                        });
        return found;
    }

    /** Nothing more reaches the person for a while: what they got so far is all. */
    private void quietFor(int seconds) {
        int sent = textsTo(PHONE).size();
        await().during(Duration.ofSeconds(seconds))
                .atMost(Duration.ofSeconds(seconds + 3))
                .until(() -> textsTo(PHONE).size() == sent);
    }
}
