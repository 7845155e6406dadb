package org.whatmatters.backend.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.whatmatters.backend.coordinator.CareTeam;
import org.whatmatters.backend.coordinator.CareTeamRepository;
import org.whatmatters.backend.message.Channel;
import org.whatmatters.backend.message.InboundMessage;
import org.whatmatters.backend.message.InboundMessageRepository;
import org.whatmatters.backend.person.PersonEvent;
import org.whatmatters.backend.person.PersonEventRepository;
import org.whatmatters.backend.support.CapturedLogs;
import org.whatmatters.backend.support.Database;
import org.whatmatters.backend.support.TwilioWebhooks;
import org.whatmatters.backend.support.WithAPartner;

/**
 * A message that cannot be handled never holds back the next one (hazard H17). One message breaks
 * its turn every time (a deliberately broken listener of the turn, {@link BrokenForOneMarker}), or
 * the person's conversation points at a script a deploy removed: the person's next message still
 * gets its reply, crisis language still gets crisis support and an URGENT alert at once, and after
 * the last attempt the message is marked failed and the partner sees it. The recovery sweep is
 * drained by calling it with the clock moved on, never by waiting.
 */
@MicronautTest(environments = "test", transactional = false)
class FailingMessageTest extends WithAPartner {

    private static final String DEE = "+447700900741";
    private static final String MARKER = "#breaks-its-turn";
    private static final int MAX_ATTEMPTS = 4;
    private static final String CONSENT = "Would you like to carry on?";

    @Inject InboxRecovery recovery;
    @Inject InboundMessageRepository inbound;
    @Inject CareTeamRepository teams;
    @Inject PersonEventRepository personEvents;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("test.broken-marker", MARKER);
        properties.put("whatmatters.inbox.max-attempts", String.valueOf(MAX_ATTEMPTS));
        return properties;
    }

    @Test
    void aMessageThatAlwaysFailsDoesNotHoldBackTheNextOneAndIsGivenUpAndShownToThePartner() {
        Long dee = referred(DEE, Map.of());
        says(DEE, "Hello");
        int welcome = awaitTexts(DEE, 2).size();

        try (CapturedLogs logs = new CapturedLogs()) {
            says(DEE, "1 " + MARKER);
            assertThat(textsTo(DEE)).as("its turn failed: nothing sent for it").hasSize(welcome);

            says(DEE, "1");
            assertThat(awaitTexts(DEE, welcome + 2))
                    .as("the next message is answered as if the broken one had not come")
                    .last()
                    .asString()
                    .startsWith(CONSENT);
            assertThat(stateOfTheBrokenOne())
                    .as(
                            "tried again before it, not counted again while its next attempt is not due")
                    .containsExactly(1, null, null);

            drainTheSweep();

            assertThat(logs.lines())
                    .as("the failures are logged")
                    .anyMatch(line -> line.contains("could not be handled after"))
                    .as("without the number or the text")
                    .noneMatch(line -> line.contains(DEE.substring(3)) || line.contains(MARKER));
        }

        assertThat(stateOfTheBrokenOne())
                .as("tried " + MAX_ATTEMPTS + " times, then given up")
                .containsExactly(MAX_ATTEMPTS, true, "failed after " + MAX_ATTEMPTS + " attempts");
        assertThat(
                        personEvents.findAll().stream()
                                .filter(event -> event.kind().equals("MESSAGE_FAILED"))
                                .toList())
                .singleElement()
                .satisfies(
                        event -> {
                            assertThat(event.urgency()).isEqualTo(PersonEvent.Urgency.ROUTINE);
                            assertThat(event.detail())
                                    .as("decrypted")
                                    .contains("could not be handled")
                                    .doesNotContain(MARKER);
                        });
        assertThat(database.query("SELECT recipient FROM alert WHERE kind = 'MESSAGE_FAILED'"))
                .containsExactly(List.of("PARTNER"));
        JsonNode summary = partner.get("/partner/people/" + dee);
        assertThat(summary.get("alerts").findValuesAsText("kind")).contains("MESSAGE_FAILED");
        JsonNode failed = null;
        for (JsonNode message : partner.get("/partner/people/" + dee + "/transcript")) {
            if (message.get("text").asText().contains(MARKER)) {
                failed = message;
            }
        }
        assertThat(failed).as("the partner can read what could not be handled").isNotNull();
        assertThat(failed.get("status").asText()).isEqualTo("could not be handled");

        timeIs(clock.instant().plus(Duration.ofHours(2)));
        recovery.sweep();
        assertThat(stateOfTheBrokenOne().get(0)).as("never tried again").isEqualTo(MAX_ATTEMPTS);
        says(DEE, "yes");
        assertThat(awaitTexts(DEE, welcome + 3))
                .as("and the conversation goes on")
                .last()
                .asString()
                .contains("call you");
    }

    /**
     * Two ways a deploy or a key change can break a person's conversation: their state points at a
     * script that was removed (the crisis message's own turn still works, since crisis pre-empts
     * the script; their ordinary message fails), or their state can no longer be read at all (every
     * turn fails, the crisis message's too).
     */
    static Stream<Arguments> brokenConversations() {
        return Stream.of(
                arguments(
                        "a state pointing at a removed script",
                        "UPDATE conversation SET state = REPLACE(state, '\"welcome\"', '\"removed-by-a-deploy\"') WHERE person_id = ?",
                        1),
                arguments(
                        "a state that cannot be read",
                        "UPDATE conversation SET state = '{\"at\": 42' WHERE person_id = ?",
                        2));
    }

    @Test
    void aFailedMessageFromSomeoneWithNoReferralYetIsShownToTheTeamTakingCrisisAlerts() {
        Instant now = clock.instant();
        teams.save(
                new CareTeam(
                        null,
                        "Bradford Crisis Team",
                        "Bradford District Care NHS FT",
                        "+447700900921",
                        null,
                        "MON-SUN",
                        LocalTime.of(0, 0),
                        LocalTime.of(23, 59),
                        true,
                        now,
                        now));

        says(DEE, "Hello " + MARKER);
        drainTheSweep();

        assertThat(
                        database.query(
                                "SELECT recipient, identifying FROM alert WHERE kind = 'MESSAGE_FAILED'"))
                .containsExactly(List.of("DUTY_WORKER", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenConversations")
    void crisisLanguageGetsSupportAndAnUrgentAlertAtOnceEvenWhenThePersonsConversationIsBroken(
            String how, String breakIt, int failing) {
        Long dee = referred(DEE, Map.of());
        says(DEE, "Hello");
        int welcome = awaitTexts(DEE, 2).size();
        assertThat(database.update(breakIt, dee)).isOne();
        says(DEE, "1");
        assertThat(textsTo(DEE)).as("the broken conversation answers nothing").hasSize(welcome);

        says(DEE, "I want to kill myself");

        List<String> texts = awaitTexts(DEE, welcome + 1);
        assertThat(texts).hasSize(welcome + 1);
        assertThat(texts.get(welcome))
                .as("in English, the language being unreadable")
                .startsWith("You matter")
                .contains("999")
                .contains("116 123")
                .contains("111");
        assertThat(database.query("SELECT urgency FROM person_event WHERE kind = 'CRISIS'"))
                .containsExactly(List.of("URGENT"));
        assertThat(database.count("alert WHERE kind = 'CRISIS' AND urgency = 'URGENT'"))
                .as("the alerts are made with it")
                .isPositive();

        drainTheSweep();

        assertThat(
                        database.query(
                                        "SELECT COUNT(*) FROM inbound_message WHERE failed_at IS NOT NULL AND person_id = ?",
                                        dee)
                                .get(0)
                                .get(0))
                .as("what the broken conversation could not handle is given up and shown")
                .isEqualTo((long) failing);
        assertThat(database.count("person_event WHERE kind = 'MESSAGE_FAILED'")).isEqualTo(failing);
        assertThat(textsTo(DEE))
                .as("crisis support once, however often its turn was tried")
                .hasSize(welcome + 1);
        assertThat(database.count("person_event WHERE kind = 'CRISIS'")).isOne();
    }

    @Test
    void aCrisisMessageInAWorkingConversationIsAnsweredOnceAlertedOnceAndTheConversationIsKept() {
        referred(DEE, Map.of());
        says(DEE, "Hello");
        int welcome = awaitTexts(DEE, 2).size();

        says(DEE, "honestly i want to kill myself");
        assertThat(awaitTexts(DEE, welcome + 1))
                .hasSize(welcome + 1)
                .last()
                .asString()
                .contains("116 123");
        assertThat(database.count("person_event WHERE kind = 'CRISIS'")).isOne();
        assertThat(
                        database.query(
                                "SELECT safety FROM inbound_message WHERE processed_at IS NOT NULL ORDER BY id"))
                .containsExactly(List.of("NONE"), List.of("CRISIS"));

        says(DEE, "1");
        assertThat(awaitTexts(DEE, welcome + 3))
                .as("the welcome carries on where it was")
                .last()
                .asString()
                .startsWith(CONSENT);
        assertThat(textsTo(DEE).stream().filter(text -> text.contains("116 123"))).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenConversations")
    void
            distressWithoutAStatedRiskGetsTheKindReplyAndARoutineAlertEvenWhenThePersonsConversationIsBroken(
                    String how, String breakIt, int failing) {
        Long dee = referred(DEE, Map.of());
        says(DEE, "Hello");
        int welcome = awaitTexts(DEE, 2).size();
        assertThat(database.update(breakIt, dee)).isOne();

        says(DEE, "I can't cope with all this");

        List<String> texts = awaitTexts(DEE, welcome + 1);
        assertThat(texts).hasSize(welcome + 1);
        assertThat(texts.get(welcome))
                .as("the kind reply, with the numbers")
                .startsWith("Thank you for telling us")
                .contains("116 123")
                .contains("111")
                .contains("999");
        assertThat(database.query("SELECT urgency FROM person_event WHERE kind = 'CONCERN'"))
                .containsExactly(List.of("ROUTINE"));
        assertThat(database.count("person_event WHERE kind = 'CRISIS'"))
                .as("concern is not crisis")
                .isZero();
        assertThat(database.count("alert WHERE kind = 'CONCERN' AND urgency = 'ROUTINE'"))
                .as("the partner is told")
                .isPositive();

        drainTheSweep();

        assertThat(textsTo(DEE))
                .as("the kind reply once, however often its turn was tried")
                .hasSize(welcome + 1);
        assertThat(database.count("person_event WHERE kind = 'CONCERN'")).isOne();
    }

    @Test
    void distressInAWorkingConversationIsAnsweredOnceAndTheConversationIsKept() {
        referred(DEE, Map.of());
        says(DEE, "Hello");
        int welcome = awaitTexts(DEE, 2).size();

        says(DEE, "everything is falling apart");
        assertThat(awaitTexts(DEE, welcome + 1))
                .hasSize(welcome + 1)
                .last()
                .asString()
                .startsWith("Thank you for telling us");
        assertThat(
                        database.query(
                                "SELECT safety FROM inbound_message WHERE processed_at IS NOT NULL ORDER BY id"))
                .containsExactly(List.of("NONE"), List.of("CONCERN"));

        says(DEE, "1");
        assertThat(awaitTexts(DEE, welcome + 3))
                .as("the welcome carries on where it was")
                .last()
                .asString()
                .startsWith(CONSENT);
        assertThat(
                        textsTo(DEE).stream()
                                .filter(text -> text.startsWith("Thank you for telling us")))
                .hasSize(1);
        assertThat(database.count("person_event WHERE kind = 'CONCERN'")).isOne();
    }

    @Test
    void moreThanAHundredRowsThatCanNeverBeHandledCannotStarveARealStuckMessage() {
        Instant due = clock.instant().minus(Duration.ofMinutes(5));
        for (int i = 0;
                i < 30;
                i++) { // left unhandled by an older version: senders that are not phone numbers
            inbound.save(
                    InboundMessage.arrived(
                            Channel.SMS,
                            String.format("SMid%030d", i),
                            i % 2 == 0 ? "VODAFONE" : "NHSAPP",
                            TwilioWebhooks.SERVICE_NUMBER,
                            "Your bill is ready",
                            0,
                            due,
                            due));
        }
        for (int i = 0; i < 110; i++) { // real numbers whose message breaks its turn every time
            inbound.save(
                    InboundMessage.arrived(
                            Channel.SMS,
                            String.format("SMbr%030d", i),
                            String.format("+4477009%05d", 20000 + i),
                            TwilioWebhooks.SERVICE_NUMBER,
                            "hello " + MARKER,
                            0,
                            due,
                            due));
        }
        inbound.save(
                InboundMessage.arrived(
                        Channel.SMS,
                        "SM" + "5".repeat(32),
                        DEE,
                        TwilioWebhooks.SERVICE_NUMBER,
                        "Hello",
                        0,
                        due,
                        due.plusSeconds(1)));

        recovery.sweep();
        assertThat(
                        database.count(
                                "inbound_message WHERE handled_reason = 'sender is not a phone number' AND processed_at IS NOT NULL"))
                .as("handled at once with the reason, never tried again")
                .isEqualTo(30);
        recovery.sweep();

        assertThat(
                        database.query(
                                        "SELECT COUNT(*) FROM inbound_message WHERE from_address_hash = ? AND processed_at IS NOT NULL",
                                        Database.phoneHash(DEE))
                                .get(0)
                                .get(0))
                .as("reached on the second sweep of 100, behind 140 rows that can never be handled")
                .isEqualTo(1L);
        assertThat(awaitTexts(DEE, 2)).hasSize(2);
        assertThat(
                        database.count(
                                "inbound_message WHERE provider_id LIKE 'SMbr%' AND attempts = 1 AND failed_at IS NULL"))
                .as("each broken one tried once, and waiting its turn for the next")
                .isEqualTo(110);
    }

    @Test
    void aRowThatCannotEvenBeReadIsCountedAndGivenUpNotTriedForEver() {
        Long dee = referred(DEE, Map.of());
        Instant due = clock.instant().minus(Duration.ofMinutes(5));
        database.update(
                "INSERT INTO inbound_message (channel, provider_id, from_address, from_address_hash, to_address, body, num_media, "
                        + "received_at, attempts, next_attempt_at) VALUES ('SMS', ?, 'v1:no-longer-decrypts', ?, ?, 'v1:no-longer-decrypts', 0, ?, 0, ?)",
                "SM" + "6".repeat(32),
                Database.phoneHash(DEE),
                TwilioWebhooks.SERVICE_NUMBER,
                java.sql.Timestamp.from(due),
                java.sql.Timestamp.from(due));

        drainTheSweep();

        assertThat(database.query("SELECT attempts, handled_reason FROM inbound_message"))
                .containsExactly(
                        List.of(MAX_ATTEMPTS, "unreadable after " + MAX_ATTEMPTS + " attempts"));
        assertThat(database.count("inbound_message WHERE failed_at IS NOT NULL")).isOne();
        assertThat(
                        database.query(
                                "SELECT person_id, urgency FROM person_event WHERE kind = 'MESSAGE_FAILED'"))
                .as("the partner of the person with that number is told")
                .containsExactly(List.of(dee, "ROUTINE"));
    }

    /** attempts, whether failed, and the reason, of the message carrying the marker. */
    private List<Object> stateOfTheBrokenOne() {
        return database
                .query(
                        "SELECT attempts, failed_at, handled_reason FROM inbound_message WHERE from_address_hash = ? "
                                + "AND processed_at IS NULL",
                        Database.phoneHash(DEE))
                .stream()
                .findFirst()
                .map(
                        row -> {
                            List<Object> state = new java.util.ArrayList<>(row);
                            state.set(1, state.get(1) == null ? null : true);
                            return state;
                        })
                .orElseThrow();
    }

    /**
     * Sweeps, moving the clock past each next attempt, until nothing is left to try (at most a few
     * rounds).
     */
    private void drainTheSweep() {
        for (int round = 0; round < MAX_ATTEMPTS + 2; round++) {
            timeIs(clock.instant().plus(Duration.ofMinutes(11)));
            recovery.sweep();
        }
        assertThat(
                        database.count(
                                "inbound_message WHERE processed_at IS NULL AND failed_at IS NULL"))
                .isZero();
    }
}
