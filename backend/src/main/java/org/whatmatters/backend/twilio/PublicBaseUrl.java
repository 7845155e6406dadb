package org.whatmatters.backend.twilio;

import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URISyntaxException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.whatmatters.backend.settings.InvalidSettingException;

/**
 * The address the world reaches this service at (PUBLIC_BASE_URL), which may differ from the host
 * the request arrived on behind a proxy or tunnel. Twilio signs the URL it called, so signatures
 * are checked against this, and status callbacks are built from it.
 */
@Singleton
public class PublicBaseUrl {

    private static final Logger LOG = LoggerFactory.getLogger(PublicBaseUrl.class);

    private final String base;

    public PublicBaseUrl(PublicAddressSettings settings, ServerPort server) {
        String configured = settings.publicBaseUrl();
        if (configured.isBlank()) {
            configured = "http://localhost:" + server.port();
            LOG.warn(
                    "PUBLIC_BASE_URL is not set: using {}, which Twilio cannot reach; set it to this service's public address",
                    configured);
        }
        URI uri;
        try {
            uri = new URI(configured.trim());
        } catch (URISyntaxException e) {
            throw new InvalidSettingException("PUBLIC_BASE_URL", "is not a URL: " + e.getMessage());
        }
        if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                || uri.getHost() == null
                || uri.getQuery() != null
                || uri.getFragment() != null) {
            throw new InvalidSettingException(
                    "PUBLIC_BASE_URL",
                    "must be an absolute http(s) URL such as https://whatmatters.example.org, was '"
                            + configured
                            + "'");
        }
        this.base = uri.toString().replaceAll("/+$", "");
    }

    /** The public URL for a path on this service, e.g. {@code /webhooks/twilio/status}. */
    public URI resolve(String path) {
        return URI.create(base + path);
    }

    @Override
    public String toString() {
        return base;
    }
}
