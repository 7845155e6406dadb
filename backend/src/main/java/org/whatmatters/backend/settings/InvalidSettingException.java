package org.whatmatters.backend.settings;

import io.micronaut.context.exceptions.ConfigurationException;

/**
 * A setting that is missing or malformed; the message names the environment variable and what is
 * wrong.
 */
public final class InvalidSettingException extends ConfigurationException {

    public InvalidSettingException(String environmentVariable, String problem) {
        super(environmentVariable + " " + problem);
    }
}
