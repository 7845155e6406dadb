package org.whatmatters.backend.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.inbox.SmsInbox;
import org.whatmatters.backend.support.Database;
import org.whatmatters.backend.support.TwilioWebhooks;

/**
 * With no Twilio settings the service still runs: replies are stored as not sent, webhooks are
 * refused.
 */
class WithoutTwilioTest {

    @Test
    void repliesAreStoredAsNotSentAndWebhooksCannotBeTrusted() {
        try (EmbeddedServer server =
                ApplicationContext.run(EmbeddedServer.class, Map.of(), "test")) {
            ApplicationContext context = server.getApplicationContext();
            Database database = new Database(context);
            database.clear();

            context.getBean(SmsInbox.class)
                    .receive(
                            new SmsInbox.IncomingSms(
                                    "SM" + "1".repeat(32),
                                    "+447700900555",
                                    "+447700900001",
                                    "hello",
                                    0));

            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(
                            () ->
                                    assertThat(
                                                    database.query(
                                                            "SELECT status, status_detail, provider_id FROM outbound_message"))
                                            .hasSize(2)
                                            .allMatch(
                                                    row ->
                                                            row.equals(
                                                                    java.util.Arrays.asList(
                                                                            "NOT_SENT",
                                                                            "not sent: no Twilio credentials",
                                                                            null))));

            TwilioWebhooks webhooks =
                    new TwilioWebhooks(
                            context.createBean(HttpClient.class, server.getURL()).toBlocking(),
                            server.getURL().toString());
            assertThat(
                            webhooks.post(
                                            "/webhooks/twilio/sms",
                                            TwilioWebhooks.sms(
                                                    "SM" + "2".repeat(32), "+447700900555", "hi"))
                                    .status())
                    .isEqualTo(403);
            assertThat(database.count("inbound_message")).isEqualTo(1);
            database.clear();
        }
    }
}
