package org.whatmatters.backend.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.whatmatters.backend.support.TwilioWebhooks.sms;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.support.CapturedLogs;
import org.whatmatters.backend.support.RenderedLogs;
import org.whatmatters.backend.support.TwilioWebhooks;
import org.whatmatters.backend.support.WithTwilioStandIn;

/**
 * The error paths, not only the happy one, as an operator reads the log (rendered through
 * logback.xml's pattern): a malformed escape, values longer than Twilio allows, the database's own
 * "value too long" and a duplicate key. In each, the exception the database raised quotes the
 * number (checked, so the path really ran), and neither the number nor the text reaches the log or
 * the answer.
 */
@MicronautTest(environments = "test", transactional = false)
class ErrorPathLogsTest extends WithTwilioStandIn {

    private static final String SMS = "/webhooks/twilio/sms";
    private static final String NUMBER = "+447700900468";
    private static final String DIGITS = "7700900468";
    private static final String TEXT = "my private worry about money";

    private final List<String> undo = new ArrayList<>();

    @AfterEach
    void restoreSchema() {
        undo.forEach(database::update);
        undo.clear();
    }

    @Test
    void aMalformedEscapeLogsNeitherNumberNorText() {
        try (RenderedLogs logs = new RenderedLogs()) {
            String raw =
                    "MessageSid=SM"
                            + "1".repeat(32)
                            + "&From=%2B"
                            + NUMBER.substring(1)
                            + "&Body="
                            + TEXT.replace(' ', '+')
                            + "%zz";

            TwilioWebhooks.Answer answer = webhooks.postRaw(SMS, raw, true);

            assertThat(answer.status()).isEqualTo(400);
            assertNothingPersonal(logs.all(), answer.body());
        }
    }

    @Test
    void valuesLongerThanTwilioAllowsLogNeitherNumberNorText() {
        try (RenderedLogs logs = new RenderedLogs()) {
            List<TwilioWebhooks.Answer> answers =
                    List.of(
                            webhooks.post(SMS, sms("SM" + "2".repeat(40), NUMBER, TEXT)),
                            webhooks.post(
                                    SMS, sms("SM" + "3".repeat(32), NUMBER + "9".repeat(60), TEXT)),
                            webhooks.post(
                                    SMS,
                                    sms("SM" + "4".repeat(32), NUMBER, TEXT + " ".repeat(1_600))));

            assertThat(answers)
                    .extracting(TwilioWebhooks.Answer::status)
                    .containsExactly(400, 400, 413);
            answers.forEach(answer -> assertNothingPersonal(logs.all(), answer.body()));
        }
    }

    @Test
    void theDatabasesValueTooLongLogsNeitherNumberNorText() {
        // a column narrower than the number, so the database itself refuses it, as H2 did for
        // over-long columns
        database.update("ALTER TABLE person MODIFY COLUMN phone_e164 VARCHAR(8) NOT NULL");
        undo.add("ALTER TABLE person MODIFY COLUMN phone_e164 VARCHAR(255) NOT NULL");

        try (RenderedLogs logs = new RenderedLogs();
                CapturedLogs raw = new CapturedLogs()) {
            TwilioWebhooks.Answer answer =
                    webhooks.post(SMS, sms("SM" + "5".repeat(32), NUMBER, TEXT));

            assertThat(answer.status())
                    .as("stored, and left for the recovery sweep")
                    .isEqualTo(200);
            assertThat(database.query("SELECT processed_at FROM inbound_message"))
                    .as("the database refused the person")
                    .containsExactly(java.util.Collections.singletonList(null));
            if (database.query(
                                    "SELECT 1 FROM information_schema.tables WHERE table_name = 'inbound_message' AND table_schema = 'public'")
                            .size()
                    == 1) {
                assertThat(raw.lines())
                        .as("H2's own message quotes the value, which is the encrypted number")
                        .anyMatch(line -> line.contains("v2:"))
                        .noneMatch(line -> line.contains(DIGITS));
            }
            assertNothingPersonal(logs.all(), answer.body());
            assertThat(logs.all())
                    .as("the stack trace is there, its messages are not")
                    .contains("(message withheld)");
        }
    }

    @Test
    void aDuplicateKeyAnswersAFixedProblemAndLogsNeitherNumberNorText() {
        // a unique key the second message breaks, so the driver's duplicate-key message (which
        // quotes the value) is raised
        database.update(
                "CREATE UNIQUE INDEX ux_test_one_per_sender ON inbound_message (from_address_hash)");
        undo.add("DROP INDEX ux_test_one_per_sender ON inbound_message");

        try (RenderedLogs logs = new RenderedLogs();
                CapturedLogs raw = new CapturedLogs()) {
            assertThat(webhooks.post(SMS, sms("SM" + "6".repeat(32), NUMBER, "hello")).status())
                    .isEqualTo(200);
            TwilioWebhooks.Answer answer =
                    webhooks.post(SMS, sms("SM" + "7".repeat(32), NUMBER, TEXT));

            assertThat(answer.status()).isEqualTo(500);
            assertThat(answer.body())
                    .contains("\"reference\"")
                    .contains("\"status\":500")
                    .doesNotContain("Exception")
                    .doesNotContain("inbound_message")
                    .doesNotContain("from_address")
                    .doesNotContain("ux_test");
            assertThat(logs.all())
                    .contains("category database-constraint")
                    .doesNotContain("ux_test")
                    .doesNotContain("INSERT");
            assertNothingPersonal(logs.all(), answer.body());
        }
    }

    private static void assertNothingPersonal(String log, String answer) {
        for (String personal : List.of(DIGITS, "7700 900468", "private worry", "about money")) {
            assertThat(log).as("log").doesNotContain(personal);
            assertThat(answer).as("answer").doesNotContain(personal);
        }
    }
}
