package org.whatmatters.backend.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Posts signed Twilio webhooks to a running process over plain HTTP (no Micronaut in the test JVM),
 * as {@link TwilioWebhooks} does for an embedded server. A refused connection (the process was
 * killed) is status -1.
 */
public final class SignedPoster {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI base;
    private final String publicBaseUrl;

    public SignedPoster(URI base, String publicBaseUrl) {
        this.base = base;
        this.publicBaseUrl = publicBaseUrl;
    }

    public int post(String path, Map<String, String> form) {
        String body =
                form.entrySet().stream()
                        .map(
                                entry ->
                                        URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8)
                                                + "="
                                                + URLEncoder.encode(
                                                        entry.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
        HttpRequest request =
                HttpRequest.newBuilder(base.resolve(path))
                        .timeout(Duration.ofSeconds(20))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header(
                                "X-Twilio-Signature",
                                TwilioWebhooks.sign(
                                        publicBaseUrl + path, form, TwilioWebhooks.AUTH_TOKEN))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException gone) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
