package org.whatmatters.backend.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import java.util.Map;

/**
 * {@code whatmatters.conversation.*}: the values scripts show that differ between deployments
 * (crisis lines, the privacy page, who the named contact is before a partner assigns one) and how
 * long a silence is before a reply gets a line of context.
 */
@ConfigurationProperties("whatmatters.conversation")
public record ConversationSettings(
        @Bindable(defaultValue = "999") String crisisEmergency,
        @Bindable(defaultValue = "116 123") String crisisSamaritans,
        @Bindable(defaultValue = "111 and select the mental health option") String crisisNhs111,
        @Bindable(defaultValue = "https://example.org/whatmatters/privacy") String privacyUrl,
        @Bindable(defaultValue = "the WhatMatters team") String namedContact,
        @Bindable(defaultValue = "3d") Duration longSilence) {

    public ConversationSettings {
        // a crisis reply that reads "call ." helps nobody: each number must be there
        Map.of(
                        "CRISIS_EMERGENCY",
                        crisisEmergency,
                        "CRISIS_SAMARITANS",
                        crisisSamaritans,
                        "CRISIS_NHS111",
                        crisisNhs111,
                        "NAMED_CONTACT_DEFAULT",
                        namedContact,
                        "PRIVACY_URL",
                        privacyUrl)
                .forEach(
                        (variable, value) ->
                                SettingChecks.notBlank(variable, value, "people are told it"));
    }

    /** Placeholder values every text may use, below the person's own facts. */
    public Map<String, String> placeholders() {
        return Map.of(
                "emergency",
                crisisEmergency,
                "samaritans",
                crisisSamaritans,
                "nhs111",
                crisisNhs111,
                "privacy_url",
                privacyUrl,
                "named_contact",
                namedContact);
    }
}
