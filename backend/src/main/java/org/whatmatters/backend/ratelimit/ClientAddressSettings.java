package org.whatmatters.backend.ratelimit;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code whatmatters.client-address-header} (CLIENT_ADDRESS_HEADER): the header this deployment's
 * own reverse proxy writes the caller's address into; empty, the connection's peer counts (see
 * {@link ClientAddress}).
 */
@ConfigurationProperties("whatmatters")
public record ClientAddressSettings(@Bindable(defaultValue = "") String clientAddressHeader) {

    public ClientAddressSettings {
        clientAddressHeader = clientAddressHeader == null ? "" : clientAddressHeader.trim();
    }
}
