package org.whatmatters.backend.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.whatmatters.backend.support.TwilioWebhooks.sms;

import io.micronaut.http.client.HttpClient;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.security.Role;
import org.whatmatters.backend.staff.StaffAccounts;
import org.whatmatters.backend.support.StaffApi;
import org.whatmatters.backend.support.WithTwilioStandIn;

/**
 * The crisis reply the inbox sends before the turn ({@code SafetyFirst}) is in the person's
 * language when that can be read and its translation is reviewed, and in English the moment
 * anything about it cannot be read.
 */
@MicronautTest(environments = "test", transactional = false)
class CrisisReplyLanguageTest extends WithTwilioStandIn {

    private static final String PERSON = "+447700900771";
    private static final String CRISIS_UR =
            "آپ اہم ہیں۔ اگر آپ ابھی خطرے میں ہیں تو {emergency} پر کال کریں۔ سماریٹنز: {samaritans}۔ "
                    + "فوری مدد: {nhs111}۔ ہم نے ٹیم کو بتا دیا ہے۔";

    @Inject StaffAccounts staff;
    @Inject CatalogBaseline baseline;

    private int sid;

    @BeforeEach
    void anInterpreterReviewsTheUrduCrisisReply() {
        database.resetTranslations();
        baseline.onStartup(null);
        staff.create("amina", "interpreter-password", Role.INTERPRETER, null, "Amina Khan");
        StaffApi interpreter =
                StaffApi.signIn(
                        context.createBean(HttpClient.class, server.getURL()).toBlocking(),
                        "amina",
                        "interpreter-password");
        interpreter.put("/translations/ur/global.crisis", Map.of("translation", CRISIS_UR));
        interpreter.post("/translations/ur/global.crisis/review", Map.of());
    }

    @AfterEach
    void backToTheShippedCatalogs() {
        database.resetTranslations();
        baseline.onStartup(null);
    }

    @Test
    void someoneWhoChoseUrduGetsTheReviewedUrduCrisisReplyOnce() {
        say("Hello");
        say("2");

        List<String> crisis = say("I want to kill myself");

        assertThat(crisis)
                .singleElement()
                .asString()
                .startsWith("آپ اہم ہیں")
                .contains("116 123")
                .contains("999");
    }

    @Test
    void whenTheirConversationCannotBeReadTheCrisisReplyGoesInEnglish() {
        say("Hello");
        say("2");
        database.update("UPDATE conversation SET state = 'not json at all'");

        List<String> crisis = say("I want to kill myself");

        assertThat(crisis).singleElement().asString().startsWith("You matter").contains("116 123");
        assertThat(database.count("person_event WHERE kind = 'CRISIS' AND urgency = 'URGENT'"))
                .isOne();
    }

    /** Sends one message; the texts that went out for it. */
    private List<String> say(String text) {
        int before = twilio.received().size();
        webhooks.post("/webhooks/twilio/sms", sms(String.format("SM%032d", ++sid), PERSON, text));
        long expected = database.queryForLong("SELECT COUNT(*) FROM outbound_message");
        await().atMost(Duration.ofSeconds(10)).until(() -> twilio.received().size() >= expected);
        return twilio.received().subList(before, twilio.received().size()).stream()
                .map(received -> received.param("Body"))
                .toList();
    }
}
