package org.whatmatters.backend.console;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import org.whatmatters.backend.settings.InvalidSettingException;
import org.whatmatters.backend.settings.SettingChecks;

/**
 * {@code whatmatters.console.*}: how long a console session may sit idle before it signs out, and
 * whether its cookie is marked Secure ({@code auto}: when the request came over HTTPS, directly or
 * through a proxy that says so in {@code X-Forwarded-Proto}).
 */
@Context
@ConfigurationProperties("whatmatters.console")
public record ConsoleSettings(
        @Bindable(defaultValue = "30m") Duration idleTimeout,
        @Bindable(defaultValue = "auto") String secureCookie) {

    public ConsoleSettings {
        SettingChecks.positive("CONSOLE_IDLE_TIMEOUT", idleTimeout);
        if (!secureCookie.equals("auto")
                && !secureCookie.equals("true")
                && !secureCookie.equals("false")) {
            throw new InvalidSettingException(
                    "CONSOLE_SECURE_COOKIE", "must be auto, true or false");
        }
    }
}
