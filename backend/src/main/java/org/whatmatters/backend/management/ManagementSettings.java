package org.whatmatters.backend.management;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code whatmatters.management.*}: the addresses (MANAGEMENT_ALLOWED_ADDRESSES, comma-separated)
 * that {@code /prometheus} and the details of {@code /health} answer; by default this machine only.
 */
@ConfigurationProperties("whatmatters.management")
public record ManagementSettings(
        @Bindable(defaultValue = "127.0.0.1,::1,0:0:0:0:0:0:0:1") String allowedAddresses) {

    Set<String> allowed() {
        return Arrays.stream(allowedAddresses.split(","))
                .map(String::trim)
                .filter(a -> !a.isEmpty())
                .collect(Collectors.toSet());
    }
}
