package org.whatmatters.backend.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The staff API as a signed-in member of staff uses it: JSON in, JSON out, and the status when
 * refused.
 */
public final class StaffApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the service answered: its status and, as JSON, its body. */
    public record Answer(int status, JsonNode body) {}

    private final BlockingHttpClient http;
    private final String token;

    private StaffApi(BlockingHttpClient http, String token) {
        this.http = http;
        this.token = token;
    }

    public static StaffApi signIn(BlockingHttpClient http, String username, String password) {
        Map<?, ?> answer =
                http.retrieve(
                        HttpRequest.POST(
                                "/login", Map.of("username", username, "password", password)),
                        Map.class);
        return new StaffApi(http, (String) answer.get("access_token"));
    }

    /** The bearer token, for requests built by hand. */
    public String token() {
        return token;
    }

    public JsonNode get(String path) {
        return ok(send(HttpRequest.GET(path)), path);
    }

    /** A page or file as text (HTML, CSV); fails unless 2xx. */
    public String getText(String path) {
        return http.exchange(HttpRequest.GET(path).bearerAuth(token), String.class).body();
    }

    public JsonNode post(String path, Object body) {
        return ok(send(HttpRequest.POST(path, body)), path);
    }

    public JsonNode put(String path, Object body) {
        return ok(send(HttpRequest.PUT(path, body)), path);
    }

    /** Sends and returns whatever came back, refusals included. */
    public Answer send(MutableHttpRequest<?> request) {
        try {
            var response =
                    http.exchange(
                            request.bearerAuth(token),
                            Argument.of(String.class),
                            Argument.of(String.class));
            return new Answer(
                    response.code(), parse(response.getBody(String.class).orElse("null")));
        } catch (HttpClientResponseException refused) {
            return new Answer(
                    refused.getStatus().getCode(),
                    parse(refused.getResponse().getBody(String.class).orElse("null")));
        }
    }

    private static JsonNode ok(Answer answer, String path) {
        if (answer.status() >= 300) {
            throw new AssertionError(path + " answered " + answer.status() + ": " + answer.body());
        }
        return answer.body();
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
