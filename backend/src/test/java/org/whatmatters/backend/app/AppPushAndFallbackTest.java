package org.whatmatters.backend.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.conversation.ConversationTurns;
import org.whatmatters.backend.support.AppApi;
import org.whatmatters.backend.support.FcmOnTheWire;
import org.whatmatters.backend.support.WithTheApp;
import org.whatmatters.notifications.push.FcmWire;

/**
 * Pushes through the real Firebase Admin SDK (to {@link FcmWire}) and the fallback to SMS, on a
 * movable clock with db-scheduler drained at each step: what must not happen is shown not to have
 * happened once nothing is left due.
 */
@MicronautTest(environments = "test", transactional = false)
class AppPushAndFallbackTest extends WithTheApp {

    private static final String DEE = "+447700900321";
    private static final String PUSH_TOKEN = "fcm-registration-token-of-dees-phone";
    private static final String NEWS = "global.status.accepted";
    private static final String NEWS_TEXT = "Good news: your plan has been agreed";

    @Inject FcmOnTheWire fcm;
    @Inject ConversationTurns turns;
    @Inject org.whatmatters.backend.inbox.AppInbox appInbox;
    @Inject org.whatmatters.backend.person.PersonRepository persons;
    @Inject org.whatmatters.backend.outbox.OutboundMessageRepository outbound;

    private AppApi app;
    private Long dee;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("test.fcm", "on");
        return properties;
    }

    /**
     * Dee texted first, then signed in to the app, registered for pushes and said she prefers the
     * app.
     */
    @BeforeEach
    void deePrefersTheApp() {
        says(DEE, "Hello");
        awaitTexts(DEE, 1);
        app = signedIn(DEE);
        dee = personId(DEE);
        assertThat(app.put("/devices/current/push", Map.of("token", PUSH_TOKEN)).status())
                .isEqualTo(204);
        assertThat(app.put("/preferences", Map.of("channel", "app")).status()).isEqualTo(204);
    }

    @Test
    void thePushSaysOnlyThatThereIsAMessageAndTheMessageWaitsInTheApp() throws Exception {
        int pushes = fcm.wire().sent().size();
        int texts = textsTo(DEE).size();

        turns.tell(dee, NEWS);
        drainAppWork();

        List<FcmWire.Sent> sent = fcm.wire().sent();
        assertThat(sent).hasSize(pushes + 1);
        FcmWire.Sent push = sent.get(sent.size() - 1);
        assertThat(push.url())
                .isEqualTo(
                        "https://fcm.googleapis.com/v1/projects/"
                                + FcmOnTheWire.PROJECT
                                + "/messages:send");
        JsonNode message = new ObjectMapper().readTree(push.body()).get("message");
        assertThat(message.get("token").asText()).isEqualTo(PUSH_TOKEN);
        assertThat(message.get("notification").get("title").asText())
                .isEqualTo("You have a new message. Open the app to read it.");
        assertThat(message.get("data")).hasSize(1);
        assertThat(message.get("data").get("kind").asText()).isEqualTo("new-message");
        assertThat(push.body())
                .doesNotContain("Good news")
                .doesNotContain("Dee")
                .doesNotContain(DEE)
                .doesNotContain("plan");
        assertThat(textsTo(DEE)).as("not texted as well").hasSize(texts);
        assertThat(
                        database.query(
                                "SELECT channel, status, delivery_status FROM outbound_message WHERE person_id = ? ORDER BY id DESC LIMIT 1",
                                dee))
                .containsExactly(List.of("APP", "IN_APP", "pushed"));
        assertThat(app.get("/messages").body().toString()).contains(NEWS_TEXT);
    }

    @Test
    void notFetchedWithinADayAfterAnAcceptedPushItGoesBySms() {
        int texts = textsTo(DEE).size();
        turns.tell(dee, NEWS);
        drainAppWork();

        timeIs(START.plus(Duration.ofHours(2)));
        drainAppWork();
        assertThat(textsTo(DEE)).as("the push was accepted: the full day applies").hasSize(texts);

        timeIs(START.plus(Duration.ofHours(24)).plusSeconds(60));
        drainAppWork();
        List<String> now = awaitTexts(DEE, texts + 1);
        assertThat(now.get(now.size() - 1)).startsWith(NEWS_TEXT);
        assertThat(
                        database.query(
                                "SELECT delivery_status FROM outbound_message WHERE person_id = ? AND channel = 'APP' ORDER BY id DESC LIMIT 1",
                                dee))
                .containsExactly(List.of("sent-by-sms"));
    }

    @Test
    void fetchedInTimeItIsNotTextedAtAll() {
        int texts = textsTo(DEE).size();
        turns.tell(dee, NEWS);
        drainAppWork();
        timeIs(START.plus(Duration.ofHours(3)));
        assertThat(app.get("/messages").body().toString()).contains(NEWS_TEXT);

        timeIs(START.plus(Duration.ofHours(30)));
        drainAppWork();

        assertThat(textsTo(DEE)).hasSize(texts);
        assertThat(database.count("scheduled_tasks WHERE task_instance LIKE 'app-%'")).isZero();
    }

    @Test
    void withoutAConfirmedPushItGoesBySmsAfterAnHour() {
        assertThat(app.delete("/devices/current/push").status()).isEqualTo(204);
        int texts = textsTo(DEE).size();
        turns.tell(dee, NEWS);
        drainAppWork();
        timeIs(START.plus(Duration.ofMinutes(59)));
        drainAppWork();
        assertThat(textsTo(DEE)).hasSize(texts);

        timeIs(START.plus(Duration.ofMinutes(61)));
        drainAppWork();

        assertThat(awaitTexts(DEE, texts + 1).get(texts)).startsWith(NEWS_TEXT);
    }

    @Test
    void optedOutOfSmsNothingIsTextedWhenTheAppDidNotFetchIt() {
        assertThat(app.delete("/devices/current/push").status()).isEqualTo(204);
        int texts = textsTo(DEE).size();
        turns.tell(dee, NEWS);
        drainAppWork();
        database.update(
                "UPDATE person SET opted_out_at = ? WHERE id = ?",
                java.sql.Timestamp.from(clock.instant()),
                dee);

        timeIs(START.plus(Duration.ofHours(2)));
        drainAppWork();

        assertThat(textsTo(DEE)).hasSize(texts);
        assertThat(
                        database.query(
                                "SELECT delivery_status FROM outbound_message WHERE person_id = ? AND channel = 'APP'",
                                dee))
                .containsExactly(List.of("not-sent-opted-out"));
    }

    @Test
    void withNoDeviceSignedInItGoesBySmsAtOnce() {
        assertThat(app.delete("/session").status()).isEqualTo(204);
        int texts = textsTo(DEE).size();

        turns.tell(dee, NEWS);

        assertThat(awaitTexts(DEE, texts + 1).get(texts)).startsWith(NEWS_TEXT);
        assertThat(database.count("outbound_message WHERE channel = 'APP'")).isZero();
    }

    @Test
    void aTokenFcmCallsUnregisteredIsDroppedAtOnce() {
        fcm.wire().failNext(404, "NOT_FOUND", "UNREGISTERED", "Requested entity was not found.");
        int pushes = fcm.wire().sent().size();

        turns.tell(dee, NEWS);
        drainAppWork();

        assertThat(fcm.wire().sent()).as("not tried again").hasSize(pushes + 1);
        assertThat(database.query("SELECT fcm_token FROM app_device WHERE person_id = ?", dee))
                .containsExactly(java.util.Collections.singletonList(null));
        assertThat(app.get("/devices").body().get(0).get("push").asBoolean()).isFalse();
    }

    @Test
    void aPushIn503IsSentOnceWhenFcmRecovers() {
        fcm.wire()
                .failNext(
                        503, "UNAVAILABLE", "UNAVAILABLE", "The service is currently unavailable.")
                .succeedNext("0:recovered");
        int pushes = fcm.wire().sent().size();

        turns.tell(dee, NEWS);
        drainAppWork();

        assertThat(fcm.wire().sent()).as("the 503 and the one that was taken").hasSize(pushes + 2);
        assertThat(
                        database.query(
                                "SELECT delivery_status FROM outbound_message WHERE person_id = ? AND channel = 'APP'",
                                dee))
                .containsExactly(List.of("pushed"));
    }

    @Test
    void quietHoursHoldThePushUntilMorning() {
        Instant evening = Instant.parse("2026-11-23T21:00:00Z");
        timeIs(evening);
        int pushes = fcm.wire().sent().size();

        turns.tell(dee, NEWS);
        drainAppWork();
        assertThat(fcm.wire().sent()).as("no push at 9 pm").hasSize(pushes);

        timeIs(Instant.parse("2026-11-24T09:00:30Z"));
        drainAppWork();
        await().atMost(Duration.ofSeconds(10)).until(() -> fcm.wire().sent().size() == pushes + 1);
    }

    @Test
    void aCrisisReplyTheAppDidNotFetchIsTextedWithinMinutes() {
        int texts = textsTo(DEE).size();

        // the answer arrived, but its response (with the reply) never reached the phone
        appInbox.receive(
                persons.findById(dee).orElseThrow(),
                "lost-response-0001",
                "honestly i want to kill myself");

        assertThat(
                        outbound.findByPersonIdOrderById(dee).stream()
                                .filter(message -> message.body().contains("116 123"))
                                .map(message -> message.channel() + " " + message.lane())
                                .toList())
                .as("shown in the app at once, once")
                .containsExactly("APP CRISIS");
        assertThat(database.query("SELECT urgency FROM person_event WHERE kind = 'CRISIS'"))
                .containsExactly(List.of("URGENT"));
        timeIs(START.plus(Duration.ofMinutes(4)));
        drainAppWork();
        assertThat(textsTo(DEE)).hasSize(texts);

        timeIs(START.plus(Duration.ofMinutes(6)));
        drainAppWork();

        assertThat(awaitTexts(DEE, texts + 1).get(texts)).contains("116 123").contains("999");
    }
}
