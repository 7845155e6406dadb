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
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local HTTP server that answers the Messages resource the way Twilio's API does, built from
 * Twilio's own OpenAPI description ({@code /twilio/api_v2010_messages.json}, copied from {@code
 * shared/twilio/}): the same 201 body shape, the same form parameters accepted, the same error
 * body, and the list ({@code GET .../Messages.json}) with its documented filters ({@code To},
 * {@code From}, {@code DateSent}, {@code DateSent<}, {@code DateSent>}), paging ({@code PageSize},
 * {@code Page}, {@code PageToken}) and page shape, newest first. Every message it took is kept, so
 * a list finds it. Point the real SDK at {@link #baseUrl()} and assert on {@link #received()}
 * (create requests) or {@link #messages()}.
 *
 * <p>Requests are handled on a thread each, so {@link #hold} can keep some callers hanging (the
 * message taken, the answer not given) while others are answered.
 */
public final class TwilioApiStandIn implements AutoCloseable {

    static {
        // the JDK's server writes a response's headers and body in two packets; without
        // TCP_NODELAY every answer waits for the client's delayed ACK (about 40 ms), which capped
        // the scheduled-work benchmark's plain loop at ~180 texts/s with 8 threads. Read once,
        // when the first server is made in this JVM.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private static final Pattern CREATE_PATH =
            Pattern.compile("/2010-04-01/Accounts/([^/]+)/Messages\\.json");

    /**
     * Twilio's date format, as in the description's examples ("Fri, 24 May 2019 17:44:46 +0000").
     */
    private static final DateTimeFormatter RFC_2822 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US);

    /** One create request as the SDK sent it. */
    public record Received(String accountSid, String authorization, Map<String, String> params) {
        public String param(String name) {
            return params.get(name);
        }
    }

    private record Scripted(int status, int code, String message) {}

    /**
     * A message Twilio holds, as the list shows it. {@code dateSent} stays null: nothing leaves the
     * stand-in.
     */
    public record Stored(
            String sid,
            String to,
            String from,
            String messagingServiceSid,
            String body,
            Instant dateCreated) {}

    /**
     * Create requests matching a filter are taken (stored, counted) and then left unanswered until
     * released.
     */
    public final class Hold {
        private final Predicate<Received> which;
        private final CountDownLatch released = new CountDownLatch(1);
        private final List<Received> hanging = new ArrayList<>();
        private volatile boolean drop;

        private Hold(Predicate<Received> which) {
            this.which = which;
        }

        /** Answers every held request (201) and holds no more. */
        public void release() {
            synchronized (TwilioApiStandIn.this) {
                holds.remove(this);
            }
            released.countDown();
        }

        /**
         * Closes every held connection without an answer (the message stays taken), and holds no
         * more: the caller sees the connection drop after its request was written.
         */
        public void drop() {
            drop = true;
            release();
        }

        /** Waits until {@code count} requests are hanging on this hold. */
        public List<Received> awaitHanging(int count, Duration timeout)
                throws InterruptedException, TimeoutException {
            synchronized (TwilioApiStandIn.this) {
                long deadline = System.nanoTime() + timeout.toNanos();
                while (hanging.size() < count) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        throw new TimeoutException(
                                "expected "
                                        + count
                                        + " hanging requests at the Twilio stand-in, got "
                                        + hanging.size());
                    }
                    TwilioApiStandIn.this.wait(Math.max(1, left / 1_000_000));
                }
                return List.copyOf(hanging);
            }
        }

        /** How many requests this hold has caught, hanging or done with. */
        public int caught() {
            synchronized (TwilioApiStandIn.this) {
                return hanging.size();
            }
        }

        /** How many requests are hanging on this hold now. */
        public int hanging() {
            synchronized (TwilioApiStandIn.this) {
                return released.getCount() == 0 ? 0 : hanging.size();
            }
        }
    }

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final String accountSid;
    private final String authToken;
    private final JsonNode createdExample;
    private final Set<String> listParameters = new HashSet<>();
    private final Set<String> formParameters = new HashSet<>();
    private final List<String> requiredParameters = new ArrayList<>();
    private final List<Received> received = new ArrayList<>();
    private final Deque<Scripted> scripted = new ArrayDeque<>();
    private final AtomicLong sids = new AtomicLong();
    private final List<Stored> messages = new ArrayList<>();
    private final List<Map<String, String>> lists = new ArrayList<>();
    private final List<Hold> holds = new CopyOnWriteArrayList<>();
    private final List<Hold> everHeld = new CopyOnWriteArrayList<>();
    private final ExecutorService handlers =
            Executors.newCachedThreadPool(
                    task -> {
                        Thread thread = new Thread(task, "twilio-stand-in");
                        thread.setDaemon(true);
                        return thread;
                    });

    public TwilioApiStandIn(String accountSid, String authToken) {
        this.accountSid = accountSid;
        this.authToken = authToken;
        JsonNode spec = readSpec();
        JsonNode create =
                spec.at("/paths/~12010-04-01~1Accounts~1{AccountSid}~1Messages.json/post");
        this.createdExample =
                create.at("/responses/201/content/application~1json/examples/create/value");
        JsonNode form = create.at("/requestBody/content/application~1x-www-form-urlencoded/schema");
        form.get("properties").fieldNames().forEachRemaining(formParameters::add);
        form.get("required").forEach(name -> requiredParameters.add(name.asText()));
        JsonNode list = spec.at("/paths/~12010-04-01~1Accounts~1{AccountSid}~1Messages.json/get");
        list.get("parameters")
                .forEach(
                        parameter -> {
                            if ("query".equals(parameter.get("in").asText())) {
                                listParameters.add(parameter.get("name").asText());
                            }
                        });
        if (createdExample.isMissingNode()
                || formParameters.isEmpty()
                || !listParameters.contains("To")) {
            throw new IllegalStateException(
                    "the Twilio OpenAPI description lacks the Messages create or list operation");
        }
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(handlers);
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

    /** Create requests to this recipient. */
    public synchronized List<Received> receivedFor(String to) {
        return received.stream().filter(request -> to.equals(request.param("To"))).toList();
    }

    /** Every message taken (by a create, or {@link #alreadyTook}), oldest first. */
    public synchronized List<Stored> messages() {
        return List.copyOf(messages);
    }

    /** The query of each list request, in the order they came. */
    public synchronized List<Map<String, String>> listRequests() {
        return List.copyOf(lists);
    }

    /**
     * Records a message as taken at {@code createdAt} without a create request: what Twilio holds
     * when our create reached it but its answer never reached us (we died, or the call timed out).
     * Returns its sid.
     */
    public synchronized String alreadyTook(String to, String from, String body, Instant createdAt) {
        String sid = nextSid();
        messages.add(new Stored(sid, to, from, null, body, createdAt));
        return sid;
    }

    /**
     * From now on, create requests matching {@code which} are taken and then left hanging until
     * released.
     */
    public synchronized Hold hold(Predicate<Received> which) {
        Hold hold = new Hold(which);
        holds.add(hold);
        everHeld.add(hold);
        return hold;
    }

    /**
     * From now on, create requests matching {@code which} are taken and their connection closed at
     * once without an answer (until {@link Hold#release}).
     */
    public synchronized Hold takeAndDrop(Predicate<Received> which) {
        Hold hold = new Hold(which);
        hold.drop = true;
        hold.released.countDown();
        holds.add(hold);
        everHeld.add(hold);
        return hold;
    }

    /** {@link #hold} the create requests to these recipients. */
    public Hold holdSendsTo(String... to) {
        Set<String> numbers = Set.of(to);
        return hold(request -> numbers.contains(request.param("To")));
    }

    /**
     * Waits (without sleeping a fixed time) until at least {@code count} create requests have
     * arrived.
     */
    public synchronized List<Received> awaitReceived(int count, Duration timeout)
            throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (received.size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new TimeoutException(
                        "expected "
                                + count
                                + " requests at the Twilio stand-in, got "
                                + received.size());
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return List.copyOf(received);
    }

    public synchronized void reset() {
        releaseAll();
        received.clear();
        scripted.clear();
        messages.clear();
        lists.clear();
    }

    @Override
    public void close() {
        releaseAll();
        server.stop(0);
        handlers.shutdownNow();
    }

    private void releaseAll() {
        everHeld.forEach(Hold::release);
        everHeld.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Matcher path = CREATE_PATH.matcher(exchange.getRequestURI().getPath());
            boolean list = "GET".equals(exchange.getRequestMethod());
            if (!("POST".equals(exchange.getRequestMethod()) || list) || !path.matches()) {
                answer(
                        exchange,
                        404,
                        error(
                                20404,
                                "The requested resource "
                                        + exchange.getRequestURI().getPath()
                                        + " was not found",
                                404));
                return;
            }
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            String expected =
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString(
                                            (accountSid + ":" + authToken)
                                                    .getBytes(StandardCharsets.UTF_8));
            if (!expected.equals(authorization) || !accountSid.equals(path.group(1))) {
                answer(exchange, 401, error(20003, "Authenticate", 401));
                return;
            }
            if (list) {
                list(exchange);
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
                    answer(
                            exchange,
                            400,
                            error(21604, "A '" + name + "' phone number is required.", 400));
                    return;
                }
            }
            if (!params.containsKey("From") && !params.containsKey("MessagingServiceSid")) {
                answer(
                        exchange,
                        400,
                        error(
                                21603,
                                "A 'From' or 'MessagingServiceSid' parameter is required",
                                400));
                return;
            }
            Scripted failure;
            Received request = new Received(path.group(1), authorization, params);
            Hold hold;
            String created;
            synchronized (this) {
                received.add(request);
                notifyAll();
                failure = scripted.poll();
                hold =
                        failure != null
                                ? null
                                : holds.stream()
                                        .filter(h -> h.which.test(request))
                                        .findFirst()
                                        .orElse(null);
                created = failure != null ? null : created(params);
                if (hold != null) {
                    hold.hanging.add(request);
                    notifyAll();
                }
            }
            if (failure != null) {
                answer(
                        exchange,
                        failure.status(),
                        error(failure.code(), failure.message(), failure.status()));
                return;
            }
            if (hold != null) {
                try {
                    hold.released.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return; // the stand-in is closing: the caller sees the connection drop
                }
                if (hold.drop) {
                    return; // closed without a status line
                }
            }
            answer(exchange, 201, created);
        }
    }

    /**
     * Takes the message (it is in the list from now on) and gives the 201 body. Called holding the
     * lock.
     */
    private String created(Map<String, String> params) throws IOException {
        boolean viaService = params.containsKey("MessagingServiceSid");
        Stored message =
                new Stored(
                        nextSid(),
                        params.get("To"),
                        viaService ? null : params.get("From"),
                        viaService ? params.get("MessagingServiceSid") : null,
                        params.get("Body"),
                        Instant.now());
        messages.add(message);
        return json.writeValueAsString(resource(message));
    }

    private String nextSid() {
        return String.format("SM%032x", sids.incrementAndGet());
    }

    /** The api.v2010.account.message shape, from the description's create example. */
    private ObjectNode resource(Stored message) {
        ObjectNode body = createdExample.deepCopy();
        String created =
                ZonedDateTime.ofInstant(message.dateCreated(), ZoneOffset.UTC).format(RFC_2822);
        boolean viaService = message.messagingServiceSid() != null;
        body.put("account_sid", accountSid);
        body.put("sid", message.sid());
        body.put("to", message.to());
        body.put("from", message.from());
        body.put("messaging_service_sid", message.messagingServiceSid());
        body.put("body", message.body());
        body.put("status", viaService ? "accepted" : "queued");
        body.put("direction", "outbound-api");
        body.put("date_created", created);
        body.put("date_updated", created);
        body.putNull("date_sent");
        body.put(
                "uri",
                "/2010-04-01/Accounts/" + accountSid + "/Messages/" + message.sid() + ".json");
        return body;
    }

    /**
     * The Messages list: filtered as the description says (To, From; DateSent, DateSent&lt; and
     * DateSent&gt; on {@code date_sent}, by day when given as YYYY-MM-DD, so a message not yet sent
     * never matches them), newest first, {@code PageSize} (default 50, at most 1000) a page.
     */
    private void list(HttpExchange exchange) throws IOException {
        String rawQuery = exchange.getRequestURI().getRawQuery();
        Map<String, String> query =
                parseForm(
                        new java.io.ByteArrayInputStream(
                                (rawQuery == null ? "" : rawQuery)
                                        .getBytes(StandardCharsets.UTF_8)));
        for (String name : query.keySet()) {
            if (!listParameters.contains(name)) {
                answer(exchange, 400, error(21000, "Unknown parameter " + name, 400));
                return;
            }
        }
        int pageSize;
        int page;
        try {
            pageSize = Integer.parseInt(query.getOrDefault("PageSize", "50"));
            page = Integer.parseInt(query.getOrDefault("Page", "0"));
        } catch (NumberFormatException e) {
            answer(exchange, 400, error(20001, "Invalid PageSize or Page", 400));
            return;
        }
        if (pageSize < 1 || pageSize > 1000 || page < 0) {
            answer(exchange, 400, error(20001, "PageSize must be between 1 and 1000", 400));
            return;
        }
        if (query.keySet().stream().anyMatch(name -> name.startsWith("DateSent"))
                && !dateFiltersReadable(query)) {
            answer(exchange, 400, error(20001, "Invalid DateSent", 400));
            return;
        }
        List<Stored> matching;
        synchronized (this) {
            lists.add(Map.copyOf(query));
            matching =
                    messages.stream()
                            .filter(m -> !query.containsKey("To") || query.get("To").equals(m.to()))
                            .filter(
                                    m ->
                                            !query.containsKey("From")
                                                    || query.get("From").equals(m.from()))
                            .filter(
                                    m ->
                                            query.keySet().stream()
                                                    .noneMatch(
                                                            name ->
                                                                    name.startsWith(
                                                                            "DateSent"))) // date_sent is null until sent
                            .sorted(
                                    Comparator.comparing(Stored::dateCreated)
                                            .thenComparing(Stored::sid)
                                            .reversed())
                            .toList();
        }
        int from = Math.min(page * pageSize, matching.size());
        int to = Math.min(from + pageSize, matching.size());
        String base = exchange.getRequestURI().getRawPath();
        Map<String, String> filters = new LinkedHashMap<>(query);
        filters.remove("Page");
        filters.remove("PageToken");
        filters.put("PageSize", String.valueOf(pageSize));
        ObjectNode body = json.createObjectNode();
        body.put("end", Math.max(from, to - 1));
        body.put("first_page_uri", pageUri(base, filters, 0, null));
        if (to < matching.size()) {
            body.put(
                    "next_page_uri",
                    pageUri(
                            base,
                            filters,
                            page + 1,
                            "PA" + matching.get(to - 1).sid().substring(2)));
        } else {
            body.putNull("next_page_uri");
        }
        body.put("page", page);
        body.put("page_size", pageSize);
        if (page > 0) {
            body.put(
                    "previous_page_uri",
                    pageUri(base, filters, page - 1, "PB" + matching.get(from).sid().substring(2)));
        } else {
            body.putNull("previous_page_uri");
        }
        body.putArray("messages")
                .addAll(matching.subList(from, to).stream().map(this::resource).toList());
        body.put("start", from);
        body.put("uri", pageUri(base, filters, page, query.get("PageToken")));
        answer(exchange, 200, json.writeValueAsString(body));
    }

    /**
     * The DateSent forms the description's examples use, and the SDK's own ({@code
     * yyyy-MM-ddTHH:mm:ss}, GMT).
     */
    private static final List<DateTimeFormatter> DATE_SENT_FORMS =
            List.of(
                    DateTimeFormatter.ISO_LOCAL_DATE,
                    DateTimeFormatter.ISO_LOCAL_DATE_TIME,
                    DateTimeFormatter.ISO_OFFSET_DATE_TIME,
                    DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.US),
                    DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm:ss z", Locale.US),
                    DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US));

    private static boolean dateFiltersReadable(Map<String, String> query) {
        for (Map.Entry<String, String> filter : query.entrySet()) {
            if (filter.getKey().startsWith("DateSent")
                    && DATE_SENT_FORMS.stream()
                            .noneMatch(form -> readable(form, filter.getValue()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean readable(DateTimeFormatter form, String value) {
        try {
            form.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String pageUri(
            String path, Map<String, String> filters, int page, String token) {
        StringBuilder uri = new StringBuilder(path).append('?');
        filters.forEach(
                (name, value) ->
                        uri.append(encode(name)).append('=').append(encode(value)).append('&'));
        uri.append("Page=").append(page);
        if (token != null) {
            uri.append("&PageToken=").append(encode(token));
        }
        return uri.toString();
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
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
            String name =
                    URLDecoder.decode(
                            eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value =
                    eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(name, value);
        }
        return params;
    }

    private JsonNode readSpec() {
        try (InputStream in =
                TwilioApiStandIn.class.getResourceAsStream("/twilio/api_v2010_messages.json")) {
            if (in == null) {
                throw new IllegalStateException(
                        "/twilio/api_v2010_messages.json is not on the test classpath");
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
