package org.whatmatters.backend.support;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.whatmatters.notifications.sms.TwilioApiStandIn;

/**
 * Base for tests that run the application against the Twilio stand-in: the real SDK sends to it,
 * and webhooks arrive signed as Twilio signs them, for a public URL that is not the test server's
 * own. Each test starts with empty tables and a fresh stand-in log.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class WithTwilioStandIn implements TestPropertyProvider {

    public static final String PUBLIC_BASE_URL = "https://whatmatters.example.org";

    protected final TwilioApiStandIn twilio =
            new TwilioApiStandIn(TwilioWebhooks.ACCOUNT_SID, TwilioWebhooks.AUTH_TOKEN);

    @Inject protected ApplicationContext context;
    @Inject protected EmbeddedServer server;

    protected Database database;
    protected TwilioWebhooks webhooks;

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "twilio.account-sid", TwilioWebhooks.ACCOUNT_SID,
                "twilio.auth-token", TwilioWebhooks.AUTH_TOKEN,
                "twilio.from-number", TwilioWebhooks.SERVICE_NUMBER,
                "twilio.api-base-url", twilio.baseUrl().toString(),
                "whatmatters.public-base-url", PUBLIC_BASE_URL);
    }

    @BeforeEach
    void cleanSlate() {
        if (database == null) {
            database = new Database(context);
            webhooks =
                    new TwilioWebhooks(
                            context.createBean(HttpClient.class, server.getURL()).toBlocking(),
                            PUBLIC_BASE_URL);
        }
        letSendsInFlightLand();
        database.clear();
        twilio.reset();
    }

    /**
     * A reply the last test left in flight (claimed, its create call under way) would reach the
     * stand-in after the reset, among this test's texts, and shift what it reads (seen in full
     * runs): wait a little for such sends to land first. Bounded: a test that left Twilio hanging
     * must not hold up the next one for long.
     */
    private void letSendsInFlightLand() {
        long until = System.nanoTime() + java.time.Duration.ofSeconds(3).toNanos();
        while (System.nanoTime() < until
                && database.queryForLong(
                                "SELECT COUNT(*) FROM outbound_message WHERE status = 'SENDING'")
                        > 0) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @AfterAll
    void stopStandIn() {
        twilio.close();
    }
}
