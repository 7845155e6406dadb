package org.whatmatters.backend.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.person.PersonEventRepository;
import org.whatmatters.backend.support.WithAPartner;

/**
 * A person's follow-up from delivery on, as they and their partner live it: contacts at their
 * times, one gentle reminder then "unreachable", replies, LATER, NO MORE and STOP — with the clock
 * moved, not waited for.
 */
@MicronautTest(environments = "test", transactional = false)
class FollowUpJourneyTest extends WithAPartner {

    private static final String PHONE = "+447700900701";
    private static final String CONTACT_1 =
            "Hello, it's WhatMatters. Has the item you chose arrived? Reply YES or NO.";
    private static final Instant CONTACT_1_DUE = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void deliveryTellsThePersonAndSchedulesThreeContactsAtTheirDefaultTimes() {
        Long person = referred(PHONE, Map.of("preferred_name", "Dee"));

        delivered(person);

        assertThat(awaitTexts(PHONE, 3))
                .containsExactly(
                        "Good news: your plan has been agreed and the item is being arranged. We'll tell you when it's on its way.",
                        "Your item has been ordered. We'll let you know when it is on its way.",
                        "Your item has been delivered. We'll check in with you to see how it's going.");
        JsonNode contacts = contacts(person);
        assertThat(contacts)
                .extracting(
                        c -> c.get("script").asText(),
                        c -> c.get("dueLocal").asText(),
                        c -> c.get("status").asText())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "follow-up-1", "2026-11-26 10:00", "SCHEDULED"),
                        org.assertj.core.groups.Tuple.tuple(
                                "follow-up-2", "2026-12-07 10:00", "SCHEDULED"),
                        org.assertj.core.groups.Tuple.tuple(
                                "follow-up-3", "2027-01-04 10:00", "SCHEDULED"));
        assertThat(partner.get(followUps(person)).get("history"))
                .extracting(change -> change.get("action").asText())
                .containsExactly("SCHEDULED", "SCHEDULED", "SCHEDULED");
    }

    @Test
    void nothingGoesBeforeItsTimeAndTheFirstContactGoesWhenDue() {
        Long person = referred(PHONE, Map.of());
        delivered(person);

        timeIs(CONTACT_1_DUE.minus(Duration.ofMinutes(5)));
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(3))
                .until(() -> textsTo(PHONE).size() == 3);
        timeIs(CONTACT_1_DUE.plusSeconds(1));

        assertThat(awaitTexts(PHONE, 4).get(3)).isEqualTo(CONTACT_1);
        assertThat(statusOf(person, 1)).isEqualTo("STARTED");
    }

    @Test
    void noReplyGetsOneGentleReminderThenThePartnerIsToldKindly() {
        Long person = started();

        timeIs(CONTACT_1_DUE.plus(Duration.ofHours(48)).plusSeconds(5));
        List<String> texts = awaitTexts(PHONE, 6);
        assertThat(texts.subList(4, 6))
                .containsExactly(
                        "Hello again from WhatMatters. No rush: reply whenever suits you. If you'd rather we didn't follow up, reply NO MORE.",
                        CONTACT_1);
        awaitStatus(person, 1, "REMINDED");

        timeIs(CONTACT_1_DUE.plus(Duration.ofHours(48 + 72)).plusSeconds(10));
        awaitStatus(person, 1, "UNREACHABLE");
        assertThat(
                        database.query(
                                "SELECT kind, urgency FROM person_event WHERE person_id = ? AND kind = 'UNREACHABLE'",
                                person))
                .containsExactly(List.of("UNREACHABLE", "ROUTINE"));
        assertThat(partner.get("/partner/caseload?unreachable=true"))
                .extracting(entry -> entry.get("personId").asLong())
                .containsExactly(person);
        timeIs(CONTACT_1_DUE.plus(Duration.ofDays(9)));
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(3))
                .until(() -> textsTo(PHONE).size() == 6);
        assertThat(statusOf(person, 2))
                .as("the next contact still comes: no penalty")
                .isEqualTo("SCHEDULED");
    }

    @Test
    void aReplyStopsTheReminderAndFinishingTheConversationCompletesTheContact() {
        Long person = started();

        says(PHONE, "yes");
        awaitStatus(person, 1, "REPLIED");
        timeIs(CONTACT_1_DUE.plus(Duration.ofHours(50)));
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(3))
                .until(() -> textsTo(PHONE).size() == 5);
        assertThat(textsTo(PHONE).get(4)).startsWith("Good. Is it what you hoped for?");

        says(PHONE, "1");
        awaitStatus(person, 1, "COMPLETED");
        assertThat(awaitTexts(PHONE, 6).get(5))
                .startsWith("Thank you. We'll check in again in about 2 weeks.");
        assertThat(facts.currentFor(person))
                .containsEntry("item_arrived", "yes")
                .containsEntry("first_impression", "good");
    }

    @Test
    void anItemThatHasNotArrivedIsRaisedForThePartnerOnceTheyHaveSaidWhatHappened() {
        Long person = started();

        says(PHONE, "no");
        assertThat(awaitTexts(PHONE, 5).get(4))
                .startsWith("Sorry about that. Can you tell us what has happened?");
        assertThat(
                        database.query(
                                "SELECT kind FROM person_event WHERE person_id = ? AND kind = 'DELIVERY_PROBLEM'",
                                person))
                .isEmpty();
        says(PHONE, "The courier left a card but nothing came");

        assertThat(awaitTexts(PHONE, 6).get(5)).contains("will sort this out");
        assertThat(
                        context
                                .getBean(PersonEventRepository.class)
                                .findByPersonIdOrderById(person)
                                .stream()
                                .filter(event -> event.kind().equals("DELIVERY_PROBLEM"))
                                .map(event -> event.urgency() + " " + event.detail()))
                .as("detail decrypted")
                .containsExactly("ROUTINE not-arrived (follow-up-1)");
        awaitStatus(person, 1, "COMPLETED");
    }

    @Test
    void laterPostponesTheContactToTomorrowsFirstWindowAndAsksAgainThen() {
        Long person = started();

        says(PHONE, "not now");

        assertThat(awaitTexts(PHONE, 5).get(4))
                .startsWith("No problem. We'll message you again tomorrow.");
        awaitStatus(person, 1, "POSTPONED");
        assertThat(contact(person, 1).get("dueLocal").asText()).isEqualTo("2026-11-27 09:00");
        timeIs(Instant.parse("2026-11-27T09:00:01Z"));
        assertThat(awaitTexts(PHONE, 7).subList(5, 7))
                .containsExactly("Hello again, it's WhatMatters, as promised.", CONTACT_1);
        awaitStatus(person, 1, "STARTED");
        says(PHONE, "yes");
        awaitStatus(person, 1, "REPLIED");
    }

    @Test
    void noMoreStopsEveryContactAtOnceWhileOtherMessagesStillWork() {
        Long person = started();

        says(PHONE, "NO MORE");

        assertThat(awaitTexts(PHONE, 5).get(4))
                .startsWith("Okay, we won't send any more follow-up messages.");
        assertThat(contacts(person))
                .extracting(c -> c.get("status").asText())
                .containsExactly("CANCELLED", "CANCELLED", "CANCELLED");
        assertThat(partner.get(followUps(person)).get("history"))
                .filteredOn(c -> c.get("action").asText().equals("STOPPED"))
                .hasSize(3)
                .allSatisfy(
                        change -> {
                            assertThat(change.get("by").asText()).isEqualTo("person");
                            assertThat(change.get("reason").asText()).isEqualTo("NO MORE");
                        });
        assertThat(
                        database.query(
                                "SELECT kind FROM person_event WHERE person_id = ? AND kind = 'FOLLOW_UPS_DECLINED'",
                                person))
                .hasSize(1);
        timeIs(Instant.parse("2026-12-07T10:00:05Z"));
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(3))
                .until(() -> textsTo(PHONE).size() == 5);
        says(PHONE, "STATUS");
        assertThat(awaitTexts(PHONE, 7).get(5)).startsWith("Your item has been delivered.");
    }

    @Test
    void stopEndsFollowUpsAndEverythingElse() {
        Long person = started();

        says(PHONE, "STOP");

        awaitTexts(PHONE, 5);
        await().atMost(Duration.ofSeconds(5)).until(() -> statusOf(person, 2).equals("CANCELLED"));
        assertThat(contacts(person))
                .extracting(c -> c.get("status").asText())
                .containsOnly("CANCELLED");
    }

    @Test
    void contactsKeepToTheDaysAndTimesThePersonChose() {
        Long person =
                referred(PHONE, Map.of("contact_days", "weekends", "contact_times", "evenings"));

        delivered(person);

        List<String> due = new ArrayList<>();
        contacts(person).forEach(contact -> due.add(contact.get("dueLocal").asText()));
        // due Thu 26 Nov, Mon 7 Dec, Mon 4 Jan: each moved to the next Saturday at 17:00
        assertThat(due).containsExactly("2026-11-28 17:00", "2026-12-12 17:00", "2027-01-09 17:00");
    }

    /** Delivered on Monday; contact 1 went out on Thursday 10:00 and waits for a reply. */
    private Long started() {
        Long person = referred(PHONE, Map.of("preferred_name", "Dee"));
        delivered(person);
        awaitTexts(PHONE, 3);
        timeIs(CONTACT_1_DUE.plusSeconds(1));
        awaitTexts(PHONE, 4);
        awaitStatus(person, 1, "STARTED");
        return person;
    }
}
