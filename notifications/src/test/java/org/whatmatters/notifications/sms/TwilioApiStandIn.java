package org.whatmatters.notifications.sms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local HTTP server that answers the Messages resource the way Twilio's API does, built from Twilio's
 * own OpenAPI description ({@code /twilio/api_v2010_messages.json}, copied from {@code shared/twilio/}):
 * the same 201 body shape, the same form parameters accepted, the same error body. Point the real SDK at
 * {@link #baseUrl()} and assert on {@link #received()}.
 */
public final class TwilioApiStandIn implements AutoCloseable {

    private static final Pattern CREATE_PATH = Pattern.compile("/2010-04-01/Accounts/([^/]+)/Messages\\.json");
    private static final DateTimeFormatter RFC_2822 = DateTimeFormatter.RFC_1123_DATE_TIME;

    /** One create request as the SDK sent it. */
    public record Received(String accountSid, String authorization, Map<String, String> params) {
        public String param(String name) {
            return params.get(name);
        }
    }

    private record Scripted(int status, int code, String message) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final String accountSid;
    private final String authToken;
    private final JsonNode createdExample;
    private final Set<String> formParameters = new HashSet<>();
    private final List<String> requiredParameters = new ArrayList<>();
    private final List<Received> received = new ArrayList<>();
    private final Deque<Scripted> scripted = new ArrayDeque<>();
    private final AtomicLong sids = new AtomicLong();

    public TwilioApiStandIn(String accountSid, String authToken) {
        this.accountSid = accountSid;
        this.authToken = authToken;
        JsonNode spec = readSpec();
        JsonNode create = spec.at("/paths/~12010-04-01~1Accounts~1{AccountSid}~1Messages.json/post");
        this.createdExample = create.at("/responses/201/content/application~1json/examples/create/value");
        JsonNode form = create.at("/requestBody/content/application~1x-www-form-urlencoded/schema");
        form.get("properties").fieldNames().forEachRemaining(formParameters::add);
        form.get("required").forEach(name -> requiredParameters.add(name.asText()));
        if (createdExample.isMissingNode() || formParameters.isEmpty()) {
            throw new IllegalStateException("the Twilio OpenAPI description lacks the Messages create operation");
        }
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    /** The base URL to hand the SDK (TWILIO_API_BASE_URL). */
    public URI baseUrl() {
        return URI.create("http://localhost:" + server.getAddress().getPort());
    }

    /** The next create request is answered with this HTTP status and Twilio error code. */
    public synchronized TwilioApiStandIn failNext(int httpStatus, int twilioCode, String message) {
        scripted.add(new Scripted(httpStatus, twilioCode, message));
        return this;
    }

    public synchronized List<Received> received() {
        return List.copyOf(received);
    }

    /** Waits (without sleeping a fixed time) until at least {@code count} create requests have arrived. */
    public synchronized List<Received> awaitReceived(int count, Duration timeout) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (received.size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new TimeoutException("expected " + count + " requests at the Twilio stand-in, got " + received.size());
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return List.copyOf(received);
    }

    public synchronized void reset() {
        received.clear();
        scripted.clear();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Matcher path = CREATE_PATH.matcher(exchange.getRequestURI().getPath());
            if (!"POST".equals(exchange.getRequestMethod()) || !path.matches()) {
                answer(exchange, 404, error(20404, "The requested resource " + exchange.getRequestURI().getPath() + " was not found", 404));
                return;
            }
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            String expected = "Basic " + Base64.getEncoder().encodeToString((accountSid + ":" + authToken).getBytes(StandardCharsets.UTF_8));
            if (!expected.equals(authorization) || !accountSid.equals(path.group(1))) {
                answer(exchange, 401, error(20003, "Authenticate", 401));
                return;
            }
            Map<String, String> params = parseForm(exchange.getRequestBody());
            for (String name : params.keySet()) {
                if (!formParameters.contains(name)) {
                    answer(exchange, 400, error(21000, "Unknown parameter " + name, 400));
                    return;
                }
            }
            for (String name : requiredParameters) {
                if (!params.containsKey(name)) {
                    answer(exchange, 400, error(21604, "A '" + name + "' phone number is required.", 400));
                    return;
                }
            }
            if (!params.containsKey("From") && !params.containsKey("MessagingServiceSid")) {
                answer(exchange, 400, error(21603, "A 'From' or 'MessagingServiceSid' parameter is required", 400));
                return;
            }
            Scripted failure;
            synchronized (this) {
                received.add(new Received(path.group(1), authorization, params));
                notifyAll();
                failure = scripted.poll();
            }
            if (failure != null) {
                answer(exchange, failure.status(), error(failure.code(), failure.message(), failure.status()));
            } else {
                answer(exchange, 201, created(params));
            }
        }
    }

    private String created(Map<String, String> params) throws IOException {
        ObjectNode body = createdExample.deepCopy();
        String sid = String.format("SM%032x", sids.incrementAndGet());
        String now = ZonedDateTime.now(ZoneOffset.UTC).format(RFC_2822);
        boolean viaService = params.containsKey("MessagingServiceSid");
        body.put("account_sid", accountSid);
        body.put("sid", sid);
        body.put("to", params.get("To"));
        body.put("from", viaService ? null : params.get("From"));
        body.put("messaging_service_sid", viaService ? params.get("MessagingServiceSid") : null);
        body.put("body", params.get("Body"));
        body.put("status", viaService ? "accepted" : "queued");
        body.put("date_created", now);
        body.put("date_updated", now);
        body.putNull("date_sent");
        body.put("uri", "/2010-04-01/Accounts/" + accountSid + "/Messages/" + sid + ".json");
        return json.writeValueAsString(body);
    }

    private String error(int code, String message, int status) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("message", message);
        body.put("more_info", "https://www.twilio.com/docs/errors/" + code);
        body.put("status", status);
        return json.writeValueAsString(body);
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static Map<String, String> parseForm(InputStream in) throws IOException {
        String form = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(name, value);
        }
        return params;
    }

    private JsonNode readSpec() {
        try (InputStream in = TwilioApiStandIn.class.getResourceAsStream("/twilio/api_v2010_messages.json")) {
            if (in == null) {
                throw new IllegalStateException("/twilio/api_v2010_messages.json is not on the test classpath");
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
