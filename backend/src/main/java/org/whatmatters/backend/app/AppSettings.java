package org.whatmatters.backend.app;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * The app channel's settings ({@code whatmatters.app.*}, each with an environment override in
 * application.yml).
 *
 * @param codeLifetime how long a sign-in code works (10 minutes)
 * @param codeTries wrong tries before a code is locked (5)
 * @param codesPerNumber codes sent to one number within {@code rateWindow} (3)
 * @param codesPerAddress codes asked for from one network address within {@code rateWindow} (10)
 * @param rateWindow the window both limits count over (1 hour)
 * @param fallbackAfter an app message not fetched this long after its push was accepted goes by SMS
 *     (24 hours)
 * @param fallbackUnconfirmed the same when no push was accepted for it (1 hour)
 * @param crisisFallbackAfter a crisis reply not fetched this long goes by SMS as well (5 minutes)
 */
@ConfigurationProperties("whatmatters.app")
public record AppSettings(
        @Bindable(defaultValue = "10m") @NotNull Duration codeLifetime,
        @Bindable(defaultValue = "5") @Min(1) @Max(10) int codeTries,
        @Bindable(defaultValue = "3") @Min(1) int codesPerNumber,
        @Bindable(defaultValue = "10") @Min(1) int codesPerAddress,
        @Bindable(defaultValue = "1h") @NotNull Duration rateWindow,
        @Bindable(defaultValue = "24h") @NotNull Duration fallbackAfter,
        @Bindable(defaultValue = "1h") @NotNull Duration fallbackUnconfirmed,
        @Bindable(defaultValue = "5m") @NotNull Duration crisisFallbackAfter) {}
