package org.whatmatters.backend.settings;

import java.time.Duration;
import java.util.Locale;

/**
 * The checks settings share, each failing with {@link InvalidSettingException} naming the variable.
 */
public final class SettingChecks {

    private SettingChecks() {}

    /** A duration that must be longer than zero, such as a lease or a delay. */
    public static Duration positive(String variable, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new InvalidSettingException(
                    variable, "must be a positive duration such as 30s, 30m or 48h, was " + value);
        }
        return value;
    }

    /** A count that must be at least one, such as attempts, threads or a limit per minute. */
    public static int atLeastOne(String variable, int value) {
        if (value < 1) {
            throw new InvalidSettingException(variable, "must be at least 1, was " + value);
        }
        return value;
    }

    /**
     * A value people are told or that a feature cannot work without: set but empty stops start-up.
     */
    public static String notBlank(String variable, String value, String why) {
        if (value == null || value.isBlank()) {
            throw new InvalidSettingException(variable, "must not be empty: " + why);
        }
        return value;
    }

    /**
     * A switch read as text, so that a typo ("ture", "maybe") stops start-up rather than quietly
     * meaning false: safety switches must say what they mean.
     */
    public static boolean onOrOff(String variable, String value) {
        String said = value.trim().toLowerCase(Locale.ROOT);
        if (!said.equals("true") && !said.equals("false")) {
            throw new InvalidSettingException(
                    variable, "must be true or false, was '" + value + "'");
        }
        return said.equals("true");
    }
}
