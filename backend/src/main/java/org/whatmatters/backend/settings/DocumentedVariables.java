package org.whatmatters.backend.settings;

import io.micronaut.context.env.EnvironmentPropertySource;
import io.micronaut.context.env.PropertySource;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The environment variables README's Configuration documents under short names ({@code SMTP_HOST},
 * {@code CRISIS_EMERGENCY}) that Micronaut's own mapping would not find ({@code
 * WHATMATTERS_EMAIL_HOST} is {@code whatmatters.email.host}; {@code SMTP_HOST} is nothing to it).
 * This only renames: the defaults are in the settings records, so application.yml need not repeat
 * each setting as {@code ${SMTP_HOST:default}}. Variables Micronaut maps by itself ({@code
 * TWILIO_ACCOUNT_SID}, {@code MICRONAUT_SERVER_PORT}, {@code WHATMATTERS_DEFAULT_REGION}) need
 * nothing here.
 */
public final class DocumentedVariables {

    /** Whole sections: {@code OUTBOX_MAX_ATTEMPTS} is {@code whatmatters.outbox.max-attempts}. */
    static final Map<String, String> SECTIONS =
            ordered(
                    "OUTBOX_", "whatmatters.outbox.",
                    "INBOX_", "whatmatters.inbox.",
                    "APP_", "whatmatters.app.",
                    "CONSOLE_", "whatmatters.console.",
                    "SIGNPOSTING_", "whatmatters.signposting.",
                    "FOLLOWUP_", "whatmatters.followup.",
                    "ALERTS_", "whatmatters.alerts.",
                    "SMTP_", "whatmatters.email.",
                    "SCHEDULE_", "whatmatters.schedule.",
                    "RE_ENCRYPTION_", "whatmatters.privacy.re-encryption.");

    /** Single variables whose names say what they are rather than where they live. */
    static final Map<String, String> SINGLE =
            ordered(
                    "PUBLIC_BASE_URL", "whatmatters.public-base-url",
                    "CLIENT_ADDRESS_HEADER", "whatmatters.client-address-header",
                    "MANAGEMENT_ALLOWED_ADDRESSES", "whatmatters.management.allowed-addresses",
                    "FIREBASE_CREDENTIALS", "whatmatters.firebase.credentials",
                    "ADMIN_USERNAME", "whatmatters.admin.username",
                    "ADMIN_PASSWORD", "whatmatters.admin.password",
                    "CRISIS_EMERGENCY", "whatmatters.conversation.crisis-emergency",
                    "CRISIS_SAMARITANS", "whatmatters.conversation.crisis-samaritans",
                    "CRISIS_NHS111", "whatmatters.conversation.crisis-nhs111",
                    "PRIVACY_URL", "whatmatters.conversation.privacy-url",
                    "NAMED_CONTACT_DEFAULT", "whatmatters.conversation.named-contact",
                    "SERVE_UNREVIEWED_TRANSLATIONS", "whatmatters.translations.serve-unreviewed",
                    "ALERT_LINK_EXPIRY", "whatmatters.alerts.link-expiry",
                    "BANK_HOLIDAYS_FILE", "whatmatters.alerts.bank-holidays-file",
                    "LOGIN_LOCK_AFTER", "whatmatters.rate-limits.sign-in-lock-after",
                    "LOGIN_LOCK_FOR", "whatmatters.rate-limits.sign-in-lock-for",
                    "LIMIT_SIGN_IN_PER_MINUTE", "whatmatters.rate-limits.sign-in-per-minute",
                    "LIMIT_ALERT_LINKS_PER_MINUTE", "whatmatters.rate-limits.alert-link-per-minute",
                    "LIMIT_INBOUND_PER_MINUTE", "whatmatters.rate-limits.inbound-per-minute",
                    "FOLLOWUP_IDENTITY_CHECK_AFTER", "whatmatters.followup.identity.check-after",
                    "FOLLOWUP_IDENTITY_REPLY_WITHIN", "whatmatters.followup.identity.reply-within",
                    "AUDIT_RETENTION", "whatmatters.retention.audit",
                    "PERSON_RETENTION", "whatmatters.retention.person");

    private DocumentedVariables() {}

    /** The property a documented short name sets, if it is one. */
    public static Optional<String> property(String variable) {
        if (SINGLE.containsKey(variable)) {
            return Optional.of(SINGLE.get(variable));
        }
        return SECTIONS.entrySet().stream()
                .filter(
                        section ->
                                variable.startsWith(section.getKey())
                                        && variable.length() > section.getKey().length())
                .findFirst()
                .map(
                        section ->
                                section.getValue()
                                        + variable.substring(section.getKey().length())
                                                .toLowerCase(Locale.ROOT)
                                                .replace('_', '-'));
    }

    /**
     * The documented variable for a property, for messages: a short name where there is one, else
     * Micronaut's.
     */
    public static String variable(String property) {
        for (Map.Entry<String, String> single : SINGLE.entrySet()) {
            if (single.getValue().equals(property)) {
                return single.getKey();
            }
        }
        for (Map.Entry<String, String> section : SECTIONS.entrySet()) {
            if (property.startsWith(section.getValue())) {
                String shortName =
                        section.getKey()
                                + property.substring(section.getValue().length())
                                        .toUpperCase(Locale.ROOT)
                                        .replace('-', '_');
                if (property(shortName).filter(property::equals).isPresent()) {
                    return shortName;
                }
            }
        }
        return property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /**
     * The documented variables that are set, as the properties they name, ranked with the
     * environment (above application.yml).
     */
    public static PropertySource fromEnvironment(Map<String, String> environment) {
        Map<String, Object> properties = new HashMap<>();
        environment.forEach(
                (variable, value) ->
                        property(variable).ifPresent(property -> properties.put(property, value)));
        return PropertySource.of(
                "documented-environment-variables", properties, EnvironmentPropertySource.POSITION);
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
