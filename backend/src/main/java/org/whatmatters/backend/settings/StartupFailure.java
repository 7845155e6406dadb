package org.whatmatters.backend.settings;

import io.micronaut.context.exceptions.BeanContextException;
import io.micronaut.context.exceptions.BeanInstantiationException;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.context.exceptions.DependencyInjectionException;
import io.micronaut.runtime.Micronaut;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a bad setting at start-up into one line an operator can act on ("TWILIO_ACCOUNT_SID must be
 * ...") and exit code 1, instead of a bean-instantiation stack trace. Any other start-up failure
 * keeps Micronaut's full report.
 */
public final class StartupFailure {

    private static final List<Class<? extends Throwable>> WRAPPERS =
            List.of(
                    BeanInstantiationException.class,
                    DependencyInjectionException.class,
                    BeanContextException.class,
                    ConfigurationException.class,
                    InvalidSettingException.class);

    private StartupFailure() {}

    public static Micronaut reportBadSettingsBriefly(Micronaut micronaut) {
        for (Class<? extends Throwable> type : WRAPPERS) {
            micronaut.mapError(
                    type,
                    failure -> {
                        Optional<String> brief = brief(failure);
                        if (brief.isPresent()) {
                            System.err.println("WhatMatters cannot start: " + brief.get());
                            System.exit(1);
                        }
                        return 1;
                    });
        }
        return micronaut;
    }

    /**
     * The one line for a start-up failure caused by a setting: our own checks' message, or
     * Micronaut's "cannot convert" for a value of the wrong type (MICRONAUT_SERVER_PORT=abc). Empty
     * for anything else.
     */
    public static Optional<String> brief(Throwable failure) {
        for (Throwable cause = failure;
                cause != null;
                cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof InvalidSettingException setting) {
                return Optional.of(setting.getMessage());
            }
        }
        for (Throwable cause = failure;
                cause != null;
                cause = cause.getCause() == cause ? null : cause.getCause()) {
            Matcher conversion = CONVERSION.matcher(String.valueOf(cause.getMessage()));
            if (conversion.find()) {
                String property = conversion.group(1);
                String variable = DocumentedVariables.variable(property);
                return Optional.of(
                        variable
                                + " ("
                                + property
                                + ") is '"
                                + conversion.group(2)
                                + "', which is not a valid "
                                + conversion.group(3).replaceAll(".*\\.", ""));
            }
        }
        return Optional.empty();
    }

    private static final Pattern CONVERSION =
            Pattern.compile(
                    "Error resolving property value \\[(?:\\$\\{)?([^:}\\]]+)[^\\]]*\\]\\. Unable to convert value \\[([^\\]]*)\\] to target type \\[([^\\]]+)\\]");
}
