package org.whatmatters.backend.settings;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A bad or partial setting stops start-up with a message that names the environment variable to
 * fix.
 */
class StartupSettingsTest {

    private static final String SID = "AC" + "0123456789abcdef".repeat(2);
    private static final String TOKEN = "fedcba9876543210".repeat(2);

    /**
     * These start-ups fail part-way on purpose, and Micronaut does not close what a failed start
     * opened: an in-memory database of their own keeps such leftovers off the shared (MariaDB) test
     * database's connections.
     */
    private static final Map<String, Object> OWN_DATABASE =
            Map.of(
                    "datasources.default.url",
                            "jdbc:h2:mem:startup-settings;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE",
                    "datasources.default.username", "sa",
                    "datasources.default.password", "");

    static Stream<Arguments> badSettings() {
        return Stream.of(
                arguments(
                        Map.of(
                                "twilio.account-sid",
                                "AC123",
                                "twilio.auth-token",
                                TOKEN,
                                "twilio.from-number",
                                "+447700900001"),
                        "TWILIO_ACCOUNT_SID must be 'AC' followed by 32 hexadecimal characters"),
                arguments(Map.of("twilio.account-sid", SID), "TWILIO_AUTH_TOKEN is missing"),
                arguments(
                        Map.of("twilio.auth-token", TOKEN, "twilio.from-number", "+447700900001"),
                        "TWILIO_ACCOUNT_SID is missing"),
                arguments(
                        Map.of("twilio.account-sid", SID, "twilio.auth-token", "secret"),
                        "TWILIO_AUTH_TOKEN must be 32 hexadecimal characters"),
                arguments(
                        Map.of("twilio.account-sid", SID, "twilio.auth-token", TOKEN),
                        "TWILIO_FROM_NUMBER is missing"),
                arguments(
                        Map.of(
                                "twilio.account-sid",
                                SID,
                                "twilio.auth-token",
                                TOKEN,
                                "twilio.from-number",
                                "07700 900001"),
                        "TWILIO_FROM_NUMBER must be a phone number in E.164 form"),
                arguments(
                        Map.of(
                                "twilio.account-sid",
                                SID,
                                "twilio.auth-token",
                                TOKEN,
                                "twilio.from-number",
                                "+447700900001",
                                "twilio.messaging-service-sid",
                                "MG" + "a".repeat(32)),
                        "TWILIO_FROM_NUMBER and TWILIO_MESSAGING_SERVICE_SID are both set"),
                arguments(
                        Map.of(
                                "twilio.account-sid",
                                SID,
                                "twilio.auth-token",
                                TOKEN,
                                "twilio.messaging-service-sid",
                                "MG1"),
                        "TWILIO_MESSAGING_SERVICE_SID must be 'MG' followed by 32 hexadecimal characters"),
                arguments(
                        Map.of(
                                "twilio.account-sid",
                                SID,
                                "twilio.auth-token",
                                TOKEN,
                                "twilio.from-number",
                                "+447700900001",
                                "twilio.api-base-url",
                                "localhost:8080"),
                        "TWILIO_API_BASE_URL must be an absolute http(s) URL"),
                arguments(
                        Map.of("whatmatters.public-base-url", "whatmatters.example.org"),
                        "PUBLIC_BASE_URL must be an absolute http(s) URL"),
                // outside development mode nothing is generated: a missing secret stops start-up,
                // naming it
                arguments(
                        Map.of("whatmatters.privacy.data-key", ""),
                        "DATA_ENCRYPTION_KEY is missing"),
                arguments(
                        Map.of(
                                "micronaut.security.token.jwt.signatures.secret.generator.secret",
                                ""),
                        "JWT_SECRET is missing"),
                arguments(
                        Map.of("whatmatters.privacy.old-keys", "c2hvcnQ="),
                        "DATA_ENCRYPTION_OLD_KEYS must decode to 32 bytes"),
                arguments(
                        Map.of("whatmatters.privacy.data-key", "c2hvcnQ="),
                        "DATA_ENCRYPTION_KEY must decode to 32 bytes"),
                arguments(
                        Map.of("whatmatters.privacy.phone-lookup.key", ""),
                        "PHONE_LOOKUP_KEY is missing"),
                arguments(
                        Map.of("whatmatters.privacy.phone-lookup.key", "c2hvcnQ="),
                        "PHONE_LOOKUP_KEY must decode to 32 bytes"),
                arguments(
                        Map.of(
                                "whatmatters.firebase.credentials",
                                "/nonexistent/service-account.json"),
                        "FIREBASE_CREDENTIALS names /nonexistent/service-account.json, which does not exist"),
                arguments(
                        Map.of(
                                "whatmatters.admin.username",
                                "admin",
                                "whatmatters.admin.password",
                                "short"),
                        "ADMIN_PASSWORD must be at least 12 characters"),
                arguments(
                        Map.of("whatmatters.outbox.max-attempts", "0"),
                        "OUTBOX_MAX_ATTEMPTS must be at least 1"),
                arguments(
                        Map.of("whatmatters.outbox.claim-lease", "0s"),
                        "OUTBOX_CLAIM_LEASE must be a positive duration"),
                arguments(
                        Map.of("twilio.read-timeout", "0s"),
                        "TWILIO_READ_TIMEOUT must be a positive duration"),
                arguments(
                        Map.of("whatmatters.outbox.crisis-sender-threads", "0"),
                        "OUTBOX_CRISIS_SENDER_THREADS must be at least 1"),
                arguments(
                        Map.of("whatmatters.outbox.queue-capacity", "0"),
                        "OUTBOX_QUEUE_CAPACITY must be at least 1"),
                arguments(
                        Map.of("whatmatters.inbox.max-attempts", "0"),
                        "INBOX_MAX_ATTEMPTS must be at least 1"),
                arguments(
                        Map.of("whatmatters.inbox.retry-delay", "0s"),
                        "INBOX_RETRY_DELAY must be a positive duration"),
                arguments(
                        Map.of("whatmatters.default-region", "England"),
                        "WHATMATTERS_DEFAULT_REGION must be an ISO 3166 region code"),
                arguments(
                        Map.of(
                                "micronaut.security.token.jwt.signatures.secret.generator.secret",
                                "too-short"),
                        "JWT_SECRET must be at least 32 characters"),
                arguments(
                        Map.of("whatmatters.translations.serve-unreviewed", "maybe"),
                        "SERVE_UNREVIEWED_TRANSLATIONS must be true or false"),
                // as when CRISIS_EMERGENCY is set but empty
                arguments(
                        Map.of(
                                "whatmatters.conversation.crisis-emergency",
                                "${WHATMATTERS_TEST_UNSET_VARIABLE:}"),
                        "CRISIS_EMERGENCY must not be empty"),
                arguments(
                        Map.of("whatmatters.followup.reminder-after", "0s"),
                        "FOLLOWUP_REMINDER_AFTER must be a positive duration"),
                arguments(
                        Map.of("whatmatters.alerts.crisis-overrides-consent", "perhaps"),
                        "ALERTS_CRISIS_OVERRIDES_CONSENT must be true or false"),
                arguments(
                        Map.of(
                                "whatmatters.alerts.bank-holidays-file",
                                "/nonexistent/bank-holidays.json"),
                        "BANK_HOLIDAYS_FILE is not usable"),
                arguments(
                        Map.of("whatmatters.email.host", "smtp.example.org"),
                        "SMTP_FROM is missing"),
                arguments(
                        Map.of(
                                "whatmatters.email.host",
                                "smtp.example.org",
                                "whatmatters.email.from",
                                "a@example.org",
                                "whatmatters.email.port",
                                "smtp"),
                        "SMTP_PORT must be a port number, was 'smtp'"),
                arguments(
                        Map.of(
                                "whatmatters.email.host",
                                "smtp.example.org",
                                "whatmatters.email.from",
                                "a@example.org",
                                "whatmatters.email.starttls",
                                "yes"),
                        "SMTP_STARTTLS must be true or false"),
                arguments(
                        Map.of("whatmatters.alerts.link-expiry", "0s"),
                        "ALERT_LINK_EXPIRY must be a positive duration"),
                arguments(
                        Map.of("whatmatters.retention.person", "0d"),
                        "PERSON_RETENTION must be a positive duration"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badSettings")
    void startUpFailsNamingTheSetting(Map<String, Object> settings, String expected) {
        Map<String, Object> properties = new HashMap<>(settings);
        properties.put("micronaut.server.port", -1);
        properties.putAll(OWN_DATABASE);

        assertThatThrownBy(() -> startAndClose(properties))
                .satisfies(
                        failure ->
                                org.assertj.core.api.Assertions.assertThat(rootCause(failure))
                                        .isInstanceOf(InvalidSettingException.class)
                                        .hasMessageStartingWith(expected));
    }

    @org.junit.jupiter.api.Test
    void aValueOfTheWrongTypeIsOneLineNamingTheVariableToo() {
        Map<String, Object> properties = new HashMap<>(OWN_DATABASE);
        properties.put("micronaut.server.port", "abc");

        assertThatThrownBy(() -> startAndClose(properties))
                .satisfies(
                        failure ->
                                org.assertj.core.api.Assertions.assertThat(
                                                StartupFailure.brief(failure))
                                        .as("brief of %s", chain(failure))
                                        .contains(
                                                "MICRONAUT_SERVER_PORT (micronaut.server.port) is 'abc', which is not a valid int"));
    }

    /**
     * Starts and closes a context; one that fails to start is closed too, so its connection pool
     * does not leak.
     */
    private static void startAndClose(Map<String, Object> properties) {
        ApplicationContext context = ApplicationContext.builder(properties, "test").build();
        try {
            context.start();
        } finally {
            context.close();
        }
    }

    private static String chain(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = failure;
                cause != null;
                cause = cause.getCause() == cause ? null : cause.getCause()) {
            messages.append("\n  ")
                    .append(cause.getClass().getSimpleName())
                    .append(": ")
                    .append(cause.getMessage());
        }
        return messages.toString();
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
