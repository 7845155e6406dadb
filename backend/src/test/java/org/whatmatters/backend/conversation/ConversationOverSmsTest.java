package org.whatmatters.backend.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.whatmatters.backend.support.TwilioWebhooks.sms;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.person.FactRepository;
import org.whatmatters.backend.person.PersonEvent;
import org.whatmatters.backend.person.PersonEventRepository;
import org.whatmatters.backend.support.Database;
import org.whatmatters.backend.support.WithTwilioStandIn;
import org.whatmatters.notifications.sms.TwilioApiStandIn;

/**
 * The real path: signed webhook → inbox → engine → facts, events and outbox → Twilio SDK →
 * stand-in.
 */
@MicronautTest(environments = "test", transactional = false)
class ConversationOverSmsTest extends WithTwilioStandIn {

    private static final String PERSON = "+447700900777";
    private final AtomicInteger sids = new AtomicInteger();

    @Inject FactRepository facts;
    @Inject PersonEventRepository personEvents;

    /** The details of this kind of event, decrypted (they are encrypted at rest). */
    private List<String> details(String kind) {
        return personEvents.findAll().stream()
                .filter(event -> event.kind().equals(kind))
                .map(PersonEvent::detail)
                .toList();
    }

    @Test
    void aFullSelfReferralAndWhatMattersConversation() {
        List<String> answers =
                List.of(
                        "Hello",
                        "1",
                        "yes",
                        "Dee",
                        "yes",
                        "Leeds",
                        "1",
                        "2",
                        "My daughter",
                        "Being patient",
                        "I used to play football",
                        "SKIP",
                        "Getting out more",
                        "Football boots",
                        "I'd sleep better",
                        "1",
                        "weekdays",
                        "evenings",
                        "no",
                        "yes");
        int sent = 0;
        for (String answer : answers) {
            sent = say(answer, sent);
        }

        Long personId =
                (Long)
                        database.query(
                                        "SELECT id FROM person WHERE phone_e164_hash = ?",
                                        Database.phoneHash(PERSON))
                                .get(0)
                                .get(0);
        Map<String, String> known = facts.currentFor(personId);
        assertThat(known)
                .containsEntry("language", "en")
                .containsEntry("preferred_name", "Dee")
                .containsEntry("adult", "yes")
                .containsEntry("area", "Leeds")
                .containsEntry("support", "team")
                .containsEntry("has_coordinator", "no")
                .containsEntry("who_matters", "My daughter")
                .containsEntry("stopped_enjoying", "I used to play football")
                .containsEntry("one_thing", "Football boots")
                .containsEntry("contact_channel", "sms")
                .containsEntry("contact_days", "weekdays")
                .containsEntry("contact_times", "evenings")
                .containsEntry("voicemail_ok", "no")
                .containsEntry("letter_ok", "yes")
                .containsEntry("referral_status", "what-matters-done")
                .doesNotContainKey("beliefs");
        assertThat(
                        database.query(
                                "SELECT script, script_version, node, channel FROM fact WHERE name = 'one_thing'"))
                .containsExactly(List.of("what-matters", 3, "one-thing", "sms"));
        // self-referral and what matters raised referral-stage-reached: the referral exists and is
        // ready for the partner
        assertThat(database.query("SELECT status FROM referral WHERE person_id = ?", personId))
                .containsExactly(List.of("WHAT_MATTERS_DONE"));
        assertThat(
                        database.query("SELECT content FROM fact WHERE name = 'one_thing'")
                                .get(0)
                                .get(0)
                                .toString())
                .startsWith("v3:")
                .doesNotContain("Football");
        List<String> bodies = twilio.received().stream().map(r -> r.param("Body")).toList();
        assertThat(bodies.get(bodies.size() - 1))
                .contains("within 5 working days")
                .contains("the WhatMatters team");
        // the co-produced "what matters to me?" prompts (domain.md, 000:94, 001:630, 004:872-876),
        // strengths first, each once
        assertThat(bodies)
                .containsSubsequence(
                        "Who and what is important to you?",
                        "What qualities do other people admire in you?",
                        "Is there something you used to enjoy doing that you have stopped?",
                        "Are there any cultural, spiritual or religious beliefs that matter to you and your recovery?",
                        "What would help you to get well and to stay well?",
                        "If you had a bit of money, is there one thing you would buy or do, or do differently?",
                        "How would you know it had made a difference for you?");
        assertThat(bodies)
                .doesNotHaveDuplicates()
                .as("one reply per message received, and nothing sent that was not filled in")
                .hasSizeGreaterThanOrEqualTo(answers.size())
                .noneMatch(body -> body.contains("{") || body.toLowerCase().contains("budget"))
                .allSatisfy(
                        body ->
                                assertThat(
                                                org.whatmatters.translations.sms.SmsSegments.of(
                                                                body)
                                                        .segments())
                                        .isLessThanOrEqualTo(2));
        assertThat(database.query("SELECT kind FROM person_event WHERE kind = 'QUESTION_SKIPPED'"))
                .hasSize(1);
    }

    @Test
    void crisisLanguageGetsSupportAtOnceAndAnUrgentAlertAndTheConversationIsKept() {
        int sent = say("Hello", 0);
        sent = say("1", sent);

        int afterCrisis = say("honestly i want to kill myself", sent);
        TwilioApiStandIn.Received reply = twilio.received().get(afterCrisis - 1);

        assertThat(reply.param("Body"))
                .contains("999")
                .contains("116 123")
                .contains("call 111 and select the mental health option");
        assertThat(database.query("SELECT kind, urgency FROM person_event WHERE kind = 'CRISIS'"))
                .containsExactly(List.of("CRISIS", "URGENT"));
        assertThat(details("CRISIS"))
                .singleElement()
                .asString()
                .startsWith("matched ")
                .doesNotContain("honestly");
        assertThat(say("yes", twilio.received().size()))
                .as("the conversation carries on where it was")
                .isGreaterThan(0);
        assertThat(twilio.received().get(twilio.received().size() - 1).param("Body"))
                .isEqualTo("Thank you. What would you like us to call you?");
    }

    @Test
    void distressWithoutAStatedRiskGetsAKindReplyAndARoutineNotAnUrgentAlert() {
        int sent = say("Hello", 0);
        sent = say("1", sent);

        int afterConcern = say("honestly everything is falling apart and I can't cope", sent);
        String body = twilio.received().get(afterConcern - 1).param("Body");

        assertThat(body)
                .contains("you don't have to cope alone")
                .contains("check in with you")
                .contains("116 123")
                .contains("call 111 and select the mental health option")
                .contains("999");
        assertThat(
                        database.query(
                                "SELECT kind, urgency FROM person_event WHERE kind IN ('CONCERN', 'CRISIS')"))
                .containsExactly(List.of("CONCERN", "ROUTINE"));
        assertThat(details("CONCERN"))
                .singleElement()
                .asString()
                .isEqualTo("kind concern, matched en:can't cope")
                .doesNotContain("falling");
        assertThat(database.query("SELECT urgency FROM alert"))
                .as("nothing urgent is raised for concern")
                .allSatisfy(row -> assertThat(row.get(0)).isEqualTo("ROUTINE"));
        assertThat(say("yes", twilio.received().size()))
                .as("the conversation carries on where it was")
                .isGreaterThan(0);
        assertThat(twilio.received().get(twilio.received().size() - 1).param("Body"))
                .isEqualTo("Thank you. What would you like us to call you?");
    }

    @Test
    void stopSilencesEverythingUntilStart() {
        int sent = say("Hello", 0);
        sent = say("STOP", sent);
        assertThat(twilio.received().get(sent - 1).param("Body"))
                .contains("You won't get any more messages");
        assertThat(database.query("SELECT opted_out_at FROM person").get(0).get(0)).isNotNull();

        webhooks.post(
                "/webhooks/twilio/sms",
                sms("SM" + String.format("%032d", sids.incrementAndGet()), PERSON, "1"));
        assertThat(
                        database.queryForLong(
                                "SELECT COUNT(*) FROM inbound_message WHERE processed_at IS NOT NULL"))
                .isEqualTo(3);
        assertThat(twilio.received()).hasSize(sent);

        say("START", sent);
        assertThat(database.query("SELECT opted_out_at FROM person").get(0).get(0)).isNull();
        assertThat(
                        database.query(
                                "SELECT kind FROM person_event WHERE kind IN ('OPTED_OUT', 'OPTED_IN') ORDER BY id"))
                .containsExactly(List.of("OPTED_OUT"), List.of("OPTED_IN"));
    }

    /**
     * Sends one message and waits until its replies have reached Twilio; returns the count so far.
     */
    private int say(String text, int sentBefore) {
        webhooks.post(
                "/webhooks/twilio/sms",
                sms("SM" + String.format("%032d", sids.incrementAndGet()), PERSON, text));
        long expected = database.queryForLong("SELECT COUNT(*) FROM outbound_message");
        await().atMost(Duration.ofSeconds(10)).until(() -> twilio.received().size() >= expected);
        assertThat(expected).as("replies to '" + text + "'").isGreaterThan(sentBefore);
        return (int) expected;
    }
}
