package org.whatmatters.notifications.push;

import com.google.api.client.http.LowLevelHttpRequest;
import com.google.api.client.http.LowLevelHttpResponse;
import com.google.api.client.testing.http.MockHttpTransport;
import com.google.api.client.testing.http.MockLowLevelHttpRequest;
import com.google.api.client.testing.http.MockLowLevelHttpResponse;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * FCM at the wire, the Firebase Admin SDK's own test pattern: an HTTP transport handed to {@code
 * FirebaseOptions.Builder#setHttpTransport} that records each request the SDK makes and answers
 * with scripted responses (success when none is scripted). The error bodies are the ones FCM
 * documents for the HTTP v1 API: a Google RPC status with an {@code FcmError} detail carrying the
 * FCM error code.
 */
public final class FcmWire extends MockHttpTransport {

    /** One request as the SDK sent it. */
    public record Sent(String method, String url, String authorization, String body) {}

    private interface Answer {
        LowLevelHttpResponse respond() throws IOException;
    }

    private final String project;
    private final List<Sent> sent = new ArrayList<>();
    private final Deque<Answer> answers = new ArrayDeque<>();

    public FcmWire(String project) {
        this.project = project;
    }

    public synchronized FcmWire succeedNext(String messageId) {
        answers.add(
                () ->
                        json(
                                200,
                                "{\"name\": \"projects/"
                                        + project
                                        + "/messages/"
                                        + messageId
                                        + "\"}"));
        return this;
    }

    /**
     * The next request is answered with FCM's error body: HTTP status, RPC status, FCM error code.
     */
    public synchronized FcmWire failNext(
            int httpStatus,
            String rpcStatus,
            String fcmErrorCode,
            String message,
            String... headers) {
        String body =
                """
                {
                  "error": {
                    "code": %d,
                    "message": "%s",
                    "status": "%s",
                    "details": [
                      {
                        "@type": "type.googleapis.com/google.firebase.fcm.v1.FcmError",
                        "errorCode": "%s"
                      }
                    ]
                  }
                }"""
                        .formatted(httpStatus, message, rpcStatus, fcmErrorCode);
        answers.add(
                () -> {
                    MockLowLevelHttpResponse response = json(httpStatus, body);
                    for (int i = 0; i + 1 < headers.length; i += 2) {
                        response.addHeader(headers[i], headers[i + 1]);
                    }
                    return response;
                });
        return this;
    }

    /** The next request never gets an answer: the connection fails. */
    synchronized FcmWire breakNext() {
        answers.add(
                () -> {
                    throw new IOException("Connection reset");
                });
        return this;
    }

    public synchronized List<Sent> sent() {
        return List.copyOf(sent);
    }

    @Override
    public LowLevelHttpRequest buildRequest(String method, String url) {
        return new MockLowLevelHttpRequest(url) {
            @Override
            public LowLevelHttpResponse execute() throws IOException {
                Answer answer;
                synchronized (FcmWire.this) {
                    sent.add(
                            new Sent(
                                    method,
                                    url,
                                    getFirstHeaderValue("Authorization"),
                                    getContentAsString()));
                    answer = answers.poll();
                }
                return answer != null
                        ? answer.respond()
                        : json(200, "{\"name\": \"projects/" + project + "/messages/0:default\"}");
            }
        };
    }

    private static MockLowLevelHttpResponse json(int status, String body) {
        return new MockLowLevelHttpResponse()
                .setStatusCode(status)
                .setContentType("application/json; charset=UTF-8")
                .setContent(body);
    }
}
