package org.whatmatters.backend.ratelimit;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.net.InetSocketAddress;

/**
 * The address a request came from, for limits and allow-lists. Micronaut's own resolver believes
 * any {@code Forwarded} / {@code X-Forwarded-For} a caller sends, which would let one client pose
 * as many (fresh budgets) or as an allowed address; here the socket's peer counts, unless
 * CLIENT_ADDRESS_HEADER names the header that this deployment's own reverse proxy sets, and then
 * its last (proxy-written) entry counts.
 */
@Singleton
public class ClientAddress {

    private final String header;

    ClientAddress(ClientAddressSettings settings) {
        this.header = settings.clientAddressHeader();
    }

    public String of(HttpRequest<?> request) {
        if (!header.isEmpty()) {
            String said = request.getHeaders().get(header);
            if (said != null && !said.isBlank()) {
                String[] hops = said.split(",");
                return hops[hops.length - 1].trim();
            }
        }
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() != null
                ? remote.getAddress().getHostAddress()
                : remote.getHostString();
    }
}
