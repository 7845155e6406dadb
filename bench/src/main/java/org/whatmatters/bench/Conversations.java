package org.whatmatters.bench;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Many people, each walking the shipped scripts in order (welcome, language, self-referral,
 * what-matters, contact preferences: the replies of the engine's SelfReferralTranscriptTest). A
 * person sends their next message only after the webhook answered the previous one; whoever has
 * finished is replaced by someone new.
 */
final class Conversations {

    static final List<String> REPLIES =
            List.of(
                    "Hi, my worker said to text this number",
                    "1",
                    "yes",
                    "Dee",
                    "Yes",
                    "Leeds",
                    "1",
                    "1",
                    "Priya Shah",
                    "SKIP",
                    "07700 900456",
                    "yes",
                    "My daughter and my allotment",
                    "People say I'm patient and funny",
                    "I used to play football on Sundays",
                    "SKIP",
                    "Getting out of the flat and seeing people",
                    "Football boots and a season of the Sunday league",
                    "I'd be out every week and sleeping better",
                    "3",
                    "weekdays",
                    "1",
                    "yes",
                    "no");

    /** One person part-way through. */
    static final class Walker {
        final String phone;
        int step;

        Walker(String phone) {
            this.phone = phone;
        }
    }

    private final ConcurrentLinkedQueue<Walker> ready = new ConcurrentLinkedQueue<>();
    private final AtomicInteger people = new AtomicInteger();
    private final AtomicLong sids = new AtomicLong();
    private final String sidPrefix;

    /** {@code run} keeps message SIDs of different runs apart. */
    Conversations(int run) {
        this.sidPrefix = String.format("SM%02x", run);
    }

    /**
     * The next person whose turn it is (someone new when everyone else is waiting for an answer).
     */
    Walker next() {
        Walker walker = ready.poll();
        if (walker != null) {
            return walker;
        }
        int n = people.incrementAndGet();
        if (n >= 100_000) {
            throw new IllegalStateException("out of numbers");
        }
        return new Walker(String.format("+4477009%05d", n));
    }

    /**
     * The walker's answer came back: they go on with their next reply, or leave when they are done.
     */
    void answered(Walker walker) {
        walker.step++;
        if (walker.step < REPLIES.size()) {
            ready.add(walker);
        }
    }

    int peopleStarted() {
        return people.get();
    }

    /** Twilio's form for the walker's current reply. */
    Map<String, String> form(Walker walker) {
        Map<String, String> form = new TreeMap<>();
        form.put("MessageSid", sidPrefix + String.format("%030x", sids.incrementAndGet()));
        form.put("AccountSid", App.ACCOUNT_SID);
        form.put("From", walker.phone);
        form.put("To", App.SERVICE_NUMBER);
        form.put("Body", REPLIES.get(walker.step));
        form.put("NumMedia", "0");
        return form;
    }
}
