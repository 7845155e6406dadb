package org.whatmatters.backend.inbox;

import com.twilio.security.RequestValidator;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.whatmatters.backend.twilio.PublicBaseUrl;
import org.whatmatters.backend.twilio.SmsGateway;

/**
 * Checks {@code X-Twilio-Signature} with the Twilio SDK's {@link RequestValidator}, against the
 * public URL Twilio called (PUBLIC_BASE_URL + path + query), not the host the request arrived on.
 */
@Singleton
class TwilioSignature {

    static final String HEADER = "X-Twilio-Signature";
    private static final Logger LOG = LoggerFactory.getLogger(TwilioSignature.class);

    private final SmsGateway gateway;
    private final PublicBaseUrl publicBaseUrl;

    TwilioSignature(SmsGateway gateway, PublicBaseUrl publicBaseUrl) {
        this.gateway = gateway;
        this.publicBaseUrl = publicBaseUrl;
    }

    boolean isValid(HttpRequest<?> request, Map<String, String> form) {
        String signature = request.getHeaders().get(HEADER);
        if (gateway.authToken().isEmpty()) {
            LOG.warn(
                    "refused a Twilio webhook on {}: Twilio is not configured here, so no signature can be checked",
                    request.getPath());
            return false;
        }
        if (signature == null || signature.isBlank()) {
            LOG.warn("refused a Twilio webhook on {}: no {} header", request.getPath(), HEADER);
            return false;
        }
        String query = request.getUri().getRawQuery();
        String url = publicBaseUrl.resolve(request.getPath()) + (query == null ? "" : "?" + query);
        boolean valid =
                new RequestValidator(gateway.authToken().get()).validate(url, form, signature);
        if (!valid) {
            // the URL without its query: the query is the caller's, and is not repeated into the
            // log
            LOG.warn(
                    "refused a Twilio webhook on {}: the signature does not match {} (check PUBLIC_BASE_URL)",
                    request.getPath(),
                    publicBaseUrl.resolve(request.getPath()));
        }
        return valid;
    }
}
