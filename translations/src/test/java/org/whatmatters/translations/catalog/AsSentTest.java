package org.whatmatters.translations.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.whatmatters.translations.sms.SmsEncoding;
import org.whatmatters.translations.sms.SmsSegments;

/** The message as a person gets it, which is what the figures must count. */
class AsSentTest {

    @Test
    void icuQuotingIsRemovedAsItIsWhenSent() {
        assertThat(
                        AsSent.message(
                                "Reply '{'YES'}' or it''s {named_contact}.",
                                List.of(),
                                "en",
                                Map.of()))
                .isEqualTo("Reply {YES} or it's the WhatMatters team.");
        assertThat(AsSent.format("Reply '{'YES'}'", "pl", Map.of())).isEqualTo("Reply {YES}");
        assertThat(AsSent.format("Plain, nothing to fill.", "pl", Map.of()))
                .isEqualTo("Plain, nothing to fill.");
    }

    @Test
    void aQuestionGoesOutWithItsChoiceLines() {
        assertThat(
                        AsSent.message(
                                "When suits you?",
                                List.of("Mornings (9 to 12)", "Afternoons (12 to 5)"),
                                "en",
                                Map.of()))
                .isEqualTo("When suits you?\n1 Mornings (9 to 12)\n2 Afternoons (12 to 5)");
    }

    @Test
    void placeholdersAreFilledWithTypicalValuesOrTheDeploymentsAndIsolatedInUrduAndArabic() {
        String urdu = AsSent.message("مدد: {samaritans}، {privacy_url}", List.of(), "ur", Map.of());
        assertThat(urdu)
                .isEqualTo(
                        "مدد: \u2066116 123\u2069، \u2066https://example.org/whatmatters/privacy\u2069");
        assertThat(
                        AsSent.message(
                                "Call {samaritans}",
                                List.of(),
                                "pl",
                                Map.of("samaritans", "0800 000 0000")))
                .isEqualTo("Call 0800 000 0000");
        assertThat(
                        AsSent.message(
                                "{count, plural, one {# dzień} few {# dni} other {# dnia}}",
                                List.of(),
                                "pl",
                                Map.of()))
                .isEqualTo("2 dni");
    }

    @Test
    void theFiguresCountTheChoiceLinesAndTheFilledInValues() {
        String prompt = "ل".repeat(60);
        assertThat(SmsSegments.of(prompt).segments()).isEqualTo(1);
        String sent = AsSent.message(prompt, List.of("صبح", "دوپہر"), "ur", Map.of());
        assertThat(SmsSegments.of(sent))
                .isEqualTo(new SmsSegments(SmsEncoding.UCS_2, 60 + 6 + 8, 2));

        String withUrl = "ل".repeat(40) + " {privacy_url}";
        assertThat(SmsSegments.of(withUrl).segments())
                .as("the pattern alone looks like one")
                .isEqualTo(1);
        assertThat(SmsSegments.of(AsSent.message(withUrl, List.of(), "ur", Map.of())).units())
                .as("41 + the URL's 39 + two isolates")
                .isEqualTo(82);
    }
}
