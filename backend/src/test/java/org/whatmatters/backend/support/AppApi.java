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
import java.util.UUID;

/** The app API as the mobile app uses it: JSON in, JSON out, with a person token once signed in. */
public final class AppApi {

    public static final String BASE = "/api/app/v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the service answered: status, content type and, as JSON, the body. */
    public record Answer(int status, String contentType, JsonNode body) {}

    private final BlockingHttpClient http;
    private String token;

    public AppApi(BlockingHttpClient http) {
        this.http = http;
    }

    public String token() {
        return token;
    }

    public AppApi withToken(String token) {
        AppApi other = new AppApi(http);
        other.token = token;
        return other;
    }

    public Answer requestCode(String phone) {
        return send(HttpRequest.POST(BASE + "/sign-in/code", Map.of("phone", phone)));
    }

    /** Tries the code; on success keeps the token it got. */
    public Answer signIn(String phone, String code) {
        Answer answer =
                send(
                        HttpRequest.POST(
                                BASE + "/sign-in",
                                Map.of("phone", phone, "code", code, "deviceName", "Test phone")));
        if (answer.status() == 201) {
            token = answer.body().get("token").asText();
        }
        return answer;
    }

    public Answer get(String path) {
        return send(HttpRequest.GET(BASE + path));
    }

    public Answer answer(String text) {
        return answer(UUID.randomUUID().toString(), text);
    }

    public Answer answer(String clientId, String text) {
        return send(
                HttpRequest.POST(BASE + "/answers", Map.of("clientId", clientId, "text", text)));
    }

    public Answer post(String path, Object body) {
        return send(HttpRequest.POST(BASE + path, body));
    }

    public Answer put(String path, Object body) {
        return send(HttpRequest.PUT(BASE + path, body));
    }

    public Answer delete(String path) {
        return send(HttpRequest.DELETE(BASE + path));
    }

    public Answer send(MutableHttpRequest<?> request) {
        if (token != null) {
            request.bearerAuth(token);
        }
        try {
            var response =
                    http.exchange(request, Argument.of(String.class), Argument.of(String.class));
            return new Answer(
                    response.code(),
                    response.getContentType().map(Object::toString).orElse(""),
                    parse(response.getBody(String.class).orElse("null")));
        } catch (HttpClientResponseException refused) {
            return new Answer(
                    refused.getStatus().getCode(),
                    refused.getResponse().getContentType().map(Object::toString).orElse(""),
                    parse(refused.getResponse().getBody(String.class).orElse("null")));
        }
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body.isBlank() ? "null" : body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
