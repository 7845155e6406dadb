package org.whatmatters.notifications.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SmtpSettingsTest {

    @Test
    void aUsernameWithoutAPasswordIsRefusedAtStartUpNotAtTheFirstAlert() {
        assertThatThrownBy(
                        () ->
                                new SmtpSettings(
                                        "smtp.example.org",
                                        587,
                                        "alerts",
                                        null,
                                        true,
                                        "alerts@example.org"))
                .hasMessageContaining("username and password");
    }

    @Test
    void aFromThatIsNotAnAddressIsRefused() {
        assertThatThrownBy(
                        () ->
                                new SmtpSettings(
                                        "smtp.example.org",
                                        587,
                                        null,
                                        null,
                                        true,
                                        "WhatMatters alerts"))
                .hasMessageContaining("from address");
    }

    @Test
    void portAndHostAreChecked() {
        assertThatThrownBy(
                        () ->
                                new SmtpSettings(
                                        "smtp.example.org",
                                        0,
                                        null,
                                        null,
                                        true,
                                        "alerts@example.org"))
                .hasMessageContaining("port");
        assertThatThrownBy(() -> new SmtpSettings(" ", 587, null, null, true, "alerts@example.org"))
                .hasMessageContaining("host");
    }

    @Test
    void withoutATimeoutTheDefaultApplies() {
        assertThat(
                        new SmtpSettings(
                                        "smtp.example.org",
                                        587,
                                        null,
                                        null,
                                        true,
                                        "alerts@example.org")
                                .timeout())
                .isEqualTo(Duration.ofSeconds(30));
    }
}
