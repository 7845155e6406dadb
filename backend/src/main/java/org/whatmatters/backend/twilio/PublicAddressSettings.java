package org.whatmatters.backend.twilio;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code whatmatters.public-base-url} (PUBLIC_BASE_URL): the address the world reaches this service
 * at; empty, {@link PublicBaseUrl} uses {@code http://localhost:<port>} and warns.
 */
@ConfigurationProperties("whatmatters")
public record PublicAddressSettings(@Bindable(defaultValue = "") String publicBaseUrl) {}
