package org.whatmatters.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Posts signed Twilio webhooks with the JDK's HttpClient, at a fixed rate (open loop: latency is
 * counted from when the message was due, so a slow server cannot hide its queue) or flat out (a
 * fixed number in flight).
 */
final class Load {

    static final String PATH = "/webhooks/twilio/sms";
    static final int MAX_IN_FLIGHT = 256;

    /** One phase's figures. */
    record Figures(
            String phase,
            double targetRate,
            long sent,
            long ok,
            long errors,
            double seconds,
            long p50,
            long p99,
            long p999) {
        double throughput() {
            return ok / seconds;
        }
    }

    private final HttpClient client =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .executor(
                            Executors.newFixedThreadPool(
                                    4,
                                    task -> {
                                        Thread thread = new Thread(task, "load");
                                        thread.setDaemon(true);
                                        return thread;
                                    }))
                    .build();
    private final URI target;
    private final String publicUrl;

    Load(URI base, String publicBaseUrl) {
        this.target = base.resolve(PATH);
        this.publicUrl = publicBaseUrl + PATH;
    }

    /**
     * Flat out with {@code inFlight} requests outstanding (rate 0) or at {@code rate} messages per
     * second.
     */
    Figures run(
            String phase,
            Conversations people,
            double rate,
            int inFlight,
            Duration length,
            boolean forged)
            throws InterruptedException {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        Semaphore slots = new Semaphore(rate > 0 ? MAX_IN_FLIGHT : inFlight);
        long start = System.nanoTime();
        long end = start + length.toNanos();
        long sent = 0;
        while (System.nanoTime() < end) {
            long due;
            if (rate > 0) {
                due = start + (long) (sent * 1e9 / rate);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(Math.min(wait, 1_000_000));
                    continue;
                }
            }
            if (!slots.tryAcquire(1, TimeUnit.MILLISECONDS)) {
                continue;
            }
            due = rate > 0 ? start + (long) (sent * 1e9 / rate) : System.nanoTime();
            long from = due;
            sent++;
            Conversations.Walker walker = people.next();
            CompletableFuture<HttpResponse<String>> answer =
                    client.sendAsync(
                            request(people.form(walker), forged),
                            HttpResponse.BodyHandlers.ofString());
            answer.whenComplete(
                    (response, failure) -> {
                        long took = System.nanoTime() - from;
                        boolean good =
                                failure == null
                                        && (forged
                                                ? response.statusCode() == 403
                                                : response.statusCode() == 200);
                        if (good) {
                            ok.incrementAndGet();
                            latencies.add(took);
                            people.answered(walker);
                        } else {
                            errors.incrementAndGet();
                            people.answered(
                                    walker); // a failed message is not retried: the person goes on
                        }
                        slots.release();
                    });
        }
        // what was sent in the phase is waited for, and counted
        slots.acquire(rate > 0 ? MAX_IN_FLIGHT : inFlight);
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Figures(
                phase,
                rate,
                sent,
                ok.get(),
                errors.get(),
                seconds,
                percentile(sorted, 0.50),
                percentile(sorted, 0.99),
                percentile(sorted, 0.999));
    }

    /** The form as Twilio posts it ({@code application/x-www-form-urlencoded}). */
    static String formBody(Map<String, String> form) {
        return form.entrySet().stream()
                .map(
                        e ->
                                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                                        + "="
                                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private HttpRequest request(Map<String, String> form, boolean forged) {
        String body = formBody(form);
        String signature = forged ? "AAAAAAAAAAAAAAAAAAAAAAAAAAA=" : sign(publicUrl, form);
        return HttpRequest.newBuilder(target)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Twilio-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    /**
     * Twilio's signature: HMAC-SHA1 of the URL followed by each parameter's name and value in name
     * order.
     */
    static String sign(String url, Map<String, String> form) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(form).forEach((name, value) -> data.append(name).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(
                    new SecretKeySpec(App.AUTH_TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder()
                    .encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static long[] sortedCopy(long[] values) {
        long[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }
}
