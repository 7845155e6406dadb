package org.whatmatters.backend.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.support.RenderedLogs;
import org.whatmatters.backend.support.TwilioWebhooks;
import org.whatmatters.backend.support.WithTwilioStandIn;

/**
 * The outside probe's method, in the suite: many hostile but correctly signed webhook posts,
 * generated from a seed (printed, so a failure can be replayed), each answered without a 5xx, with
 * one of the fixed answers, and nothing any post submitted appears in an answer or in the log as an
 * operator reads it.
 *
 * <p>{@code -Dhostile.posts=10000 -Dhostile.seed=N} runs the probe's full count (README,
 * "Reliability").
 */
@MicronautTest(environments = "test", transactional = false)
class HostileWebhooksTest extends WithTwilioStandIn {

    private static final int POSTS = Integer.getInteger("hostile.posts", 2_000);
    private static final long SEED = Long.getLong("hostile.seed", 20261201L);
    private static final String SMS = "/webhooks/twilio/sms";
    private static final String STATUS = "/webhooks/twilio/status";
    private static final Set<String> FIXED_ANSWERS =
            Set.of(
                    TwilioWebhookController.EMPTY_TWIML,
                    "",
                    TwilioWebhookController.FORGED,
                    TwilioWebhookController.REQUIRED_SMS,
                    TwilioWebhookController.BAD_SID,
                    TwilioWebhookController.BAD_FROM,
                    TwilioWebhookController.BODY_TOO_LONG,
                    TwilioWebhookController.REQUIRED_STATUS,
                    TwilioWebhookController.BAD_STATUS,
                    TwilioForm.Unreadable.MALFORMED.reason,
                    TwilioForm.Unreadable.REPEATED.reason,
                    TwilioForm.Unreadable.TOO_LARGE.reason,
                    TwilioForm.Unreadable.TOO_MANY.reason);

    /**
     * Pieces of text no log or answer may repeat: SQL, quotes, scripts, bidi controls, NUL, emoji,
     * every script.
     */
    private static final List<String> NASTY =
            List.of(
                    "'; DROP TABLE person; --",
                    "\" OR 1=1 --",
                    "<script>alert(1)</script>",
                    "\u0000",
                    "\u202E",
                    "\uD83D\uDE00",
                    "\uFFFD",
                    "%",
                    "%%",
                    "&",
                    "=",
                    ";",
                    "+",
                    "\r\n",
                    "\\",
                    "${jndi:ldap://x}",
                    "کیا حال ہے",
                    "ਸਤ ਸ੍ਰੀ ਅਕਾਲ",
                    "আমি",
                    "żółć",
                    "مرحبا",
                    "Soo dhawoow",
                    "Robert'); --",
                    "\t",
                    " ");

    private record Post(String path, int status, String answer, List<String> secrets) {}

    @Test
    void hostileSignedPostsGetNo5xxAFixedAnswerAndLeakNothing() {
        Random random = new Random(SEED);
        List<Post> posts = new ArrayList<>();
        long started = System.nanoTime();
        try (RenderedLogs logs = new RenderedLogs()) {
            for (int i = 0; i < POSTS; i++) {
                posts.add(onePost(random, i));
            }
            String log = logs.all();

            List<Post> serverErrors = posts.stream().filter(post -> post.status() >= 500).toList();
            List<Post> notFixed =
                    posts.stream().filter(post -> !FIXED_ANSWERS.contains(post.answer())).toList();
            List<String> leaked =
                    posts.stream()
                            .flatMap(post -> post.secrets().stream())
                            .filter(secret -> log.contains(secret))
                            .distinct()
                            .toList();
            System.out.printf(
                    "hostile webhooks: seed %d, %d posts in %d s: %d x 5xx, %d answers not fixed, %d values in the log; statuses %s%n",
                    SEED,
                    posts.size(),
                    (System.nanoTime() - started) / 1_000_000_000L,
                    serverErrors.size(),
                    notFixed.size(),
                    leaked.size(),
                    tally(posts));

            assertThat(serverErrors).as("seed " + SEED + ": 5xx answers").isEmpty();
            assertThat(notFixed)
                    .as("seed " + SEED + ": answers other than the fixed texts")
                    .isEmpty();
            assertThat(leaked).as("seed " + SEED + ": submitted values found in the log").isEmpty();
            assertThat(log)
                    .doesNotContainIgnoringCase("select ")
                    .doesNotContainIgnoringCase("insert into")
                    .doesNotContain("from_address")
                    .doesNotContain("provider_id")
                    .doesNotContain("Value too long");
        }
        assertThat(
                        posts.stream()
                                .filter(post -> post.status() == 200 && post.path().equals(SMS))
                                .count())
                .as("a good share were stored and answered")
                .isGreaterThan(POSTS / 10);
    }

    private Post onePost(Random random, int i) {
        int kind = random.nextInt(100);
        String from = phone(random);
        String body =
                text(
                        random,
                        random.nextInt(10) == 0
                                ? 1 + random.nextInt(1_700)
                                : 1 + random.nextInt(160));
        List<String> secrets = List.of(from.substring(3), body);
        Map<String, String> form = TwilioWebhooks.sms(sid(random), from, body);
        if (kind < 30) {
            return post(SMS, form, secrets); // well formed, hostile text
        }
        if (kind < 40) {
            form.put(
                    pick(random, List.of("MessageSid", "From", "To", "Body", "NumMedia")),
                    text(random, 1 + random.nextInt(random.nextBoolean() ? 80 : 70_000)));
            return post(SMS, form, secrets);
        }
        if (kind < 45) {
            form.put("From", "+" + digits(random, 16 + random.nextInt(50)));
            return post(SMS, form, List.of(body, form.get("From").substring(1)));
        }
        if (kind < 50) {
            form.put(
                    "From",
                    pick(
                            random,
                            List.of(
                                    "VODAFONE",
                                    "NHSAPP",
                                    "whatsapp:" + from,
                                    "",
                                    " ",
                                    text(random, 1 + random.nextInt(20)))));
            return post(SMS, form, secrets);
        }
        if (kind < 58) {
            form.remove(pick(random, List.of("MessageSid", "From", "Body", "To", "NumMedia")));
            return post(SMS, form, secrets);
        }
        if (kind < 72) {
            return raw(SMS, malformed(random, form), secrets);
        }
        if (kind < 76) {
            String encoded =
                    encode(form)
                            + "&"
                            + pick(random, List.of("Body", "From", "MessageSid"))
                            + "="
                            + URLEncoder.encode(body, StandardCharsets.UTF_8);
            return raw(SMS, encoded, secrets);
        }
        if (kind < 80) {
            for (int extra = random.nextInt(5); extra >= 0; extra--) {
                form.put(text(random, 1 + random.nextInt(30)), text(random, random.nextInt(200)));
            }
            return raw(SMS, encode(form), secrets);
        }
        if (kind < 83) {
            String forged = TwilioWebhooks.sign(PUBLIC_BASE_URL + SMS, form, "0".repeat(32));
            TwilioWebhooks.Answer answer =
                    webhooks.postSigned(SMS, form, random.nextBoolean() ? forged : null);
            return new Post(SMS, answer.status(), answer.body(), secrets);
        }
        // status callbacks
        String errorCode =
                pick(
                        random,
                        List.of(
                                "30003",
                                "",
                                digits(random, 33),
                                text(random, 1 + random.nextInt(60)),
                                "-1"));
        Map<String, String> callback =
                TwilioWebhooks.status(
                        random.nextBoolean() ? sid(random) : text(random, 1 + random.nextInt(70)),
                        pick(
                                random,
                                List.of(
                                        "delivered",
                                        "failed",
                                        "undelivered",
                                        "sent",
                                        "DELIVERED",
                                        "x".repeat(40),
                                        text(random, 1 + random.nextInt(40)))),
                        errorCode);
        List<String> statusSecrets = List.of(errorCode, callback.get("MessageStatus"));
        if (kind < 95) {
            return post(STATUS, callback, statusSecrets);
        }
        return raw(STATUS, malformed(random, callback), statusSecrets);
    }

    private Post post(String path, Map<String, String> form, List<String> secrets) {
        TwilioWebhooks.Answer answer = webhooks.post(path, form);
        return new Post(path, answer.status(), answer.body(), distinctive(secrets));
    }

    private Post raw(String path, String body, List<String> secrets) {
        TwilioWebhooks.Answer answer = webhooks.postRaw(path, body, true);
        return new Post(path, answer.status(), answer.body(), distinctive(secrets));
    }

    /** Only values long and odd enough that finding one in the log means it was logged. */
    private static List<String> distinctive(List<String> values) {
        return values.stream()
                .filter(value -> value != null && value.strip().length() >= 8)
                .map(value -> value.strip().substring(0, Math.min(40, value.strip().length())))
                .filter(value -> !value.matches("[a-z_ ]+"))
                .toList();
    }

    /** A correctly encoded form with one malformed escape put into a random value. */
    private static String malformed(Random random, Map<String, String> form) {
        List<String> pairs = new ArrayList<>();
        List<String> names = new ArrayList<>(form.keySet());
        String spoilt = pick(random, names);
        for (String name : names) {
            String value = URLEncoder.encode(form.get(name), StandardCharsets.UTF_8);
            if (name.equals(spoilt)) {
                String bad =
                        pick(
                                random,
                                List.of(
                                        "%zz",
                                        "%", "%4", "%G1", "%%", "%u00e9", "%C3%28", "%FF%FE"));
                int at = random.nextInt(value.length() + 1);
                value = value.substring(0, at) + bad + value.substring(at);
            }
            pairs.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + value);
        }
        return String.join("&", pairs);
    }

    private static String encode(Map<String, String> form) {
        List<String> pairs = new ArrayList<>();
        form.forEach(
                (name, value) ->
                        pairs.add(
                                URLEncoder.encode(name, StandardCharsets.UTF_8)
                                        + "="
                                        + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return String.join("&", pairs);
    }

    private static String text(Random random, int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            switch (random.nextInt(4)) {
                case 0 -> text.append(pick(random, NASTY));
                case 1 -> text.appendCodePoint(0x20 + random.nextInt(0x5F));
                case 2 -> text.appendCodePoint(random.nextInt(0xD7FF) + 1);
                default -> text.append("worry").append(random.nextInt(1_000_000));
            }
        }
        return text.toString();
    }

    private static String phone(Random random) {
        return "+4477009" + digits(random, 5);
    }

    private static String digits(Random random, int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    private static String sid(Random random) {
        StringBuilder sid = new StringBuilder("SM");
        for (int i = 0; i < 32; i++) {
            sid.append(Character.forDigit(random.nextInt(16), 16));
        }
        return sid.toString();
    }

    private static <T> T pick(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static Map<Integer, Long> tally(List<Post> posts) {
        Map<Integer, Long> counts = new TreeMap<>();
        posts.forEach(post -> counts.merge(post.status(), 1L, Long::sum));
        return counts;
    }
}
