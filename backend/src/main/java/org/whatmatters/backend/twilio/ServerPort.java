package org.whatmatters.backend.twilio;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * {@code micronaut.server.port} (MICRONAUT_SERVER_PORT), Micronaut's own setting, whose default
 * application.yml gives: the port {@link PublicBaseUrl} falls back to when PUBLIC_BASE_URL is not
 * set.
 */
@ConfigurationProperties("micronaut.server")
public record ServerPort(int port) {}
