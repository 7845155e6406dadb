package org.whatmatters.backend.person;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.inbox.SmsInbox;
import org.whatmatters.backend.support.CapturedLogs;
import org.whatmatters.backend.support.Database;
import org.whatmatters.backend.support.WithTwilioStandIn;

/**
 * Two (or more) first messages from one new number arriving at once, as on two instances, resolve
 * to one person, quietly: no duplicate-key error, and so no number in any log line.
 */
@MicronautTest(environments = "test", transactional = false)
class FirstMessagesAtOnceTest extends WithTwilioStandIn {

    private static final String NEW_NUMBER = "+447700900761";
    private static final int AT_ONCE = 8;

    @Inject People people;
    @Inject SmsInbox inbox;

    @Test
    void eightThreadsFindingOrCreatingOneNewNumberAtOnceGetOnePersonAndLogNothingOfIt()
            throws Exception {
        List<Long> ids;
        try (CapturedLogs logs = new CapturedLogs()) {
            ids = allAtOnce(i -> people.findOrCreate(NEW_NUMBER).id());

            assertThat(logs.lines())
                    .noneMatch(line -> line.contains(NEW_NUMBER.substring(3)))
                    .noneMatch(line -> line.toLowerCase().contains("duplicate"));
        }
        assertThat(ids).hasSize(AT_ONCE).containsOnly(ids.get(0));
        assertThat(
                        database.query(
                                "SELECT id FROM person WHERE phone_e164_hash = ?",
                                Database.phoneHash(NEW_NUMBER)))
                .containsExactly(List.of(ids.get(0)));
    }

    @Test
    void twoFirstMessagesFromOneNewNumberAtOnceAreBothHandledForOnePerson() throws Exception {
        try (CapturedLogs logs = new CapturedLogs()) {
            allAtOnce(
                    i -> {
                        inbox.receive(
                                new SmsInbox.IncomingSms(
                                        String.format("SM%032d", 700 + i),
                                        NEW_NUMBER,
                                        "+447700900001",
                                        i == 0 ? "Hello" : "hi there",
                                        0));
                        return null;
                    });

            assertThat(logs.lines())
                    .noneMatch(line -> line.contains(NEW_NUMBER.substring(3)))
                    .noneMatch(line -> line.toLowerCase().contains("duplicate"));
        }
        assertThat(database.count("person")).isOne();
        assertThat(
                        database.query(
                                        "SELECT COUNT(*) FROM inbound_message WHERE processed_at IS NOT NULL AND person_id = "
                                                + "(SELECT id FROM person)")
                                .get(0)
                                .get(0))
                .isEqualTo((long) AT_ONCE);
    }

    private interface Task<T> {
        T run(int i) throws Exception;
    }

    /** Runs {@code task} on {@value #AT_ONCE} threads released together. */
    private <T> List<T> allAtOnce(Task<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        CountDownLatch ready = new CountDownLatch(AT_ONCE);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<T>> running = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            int n = i;
            Callable<T> call =
                    () -> {
                        ready.countDown();
                        go.await();
                        return task.run(n);
                    };
            running.add(pool.submit(call));
        }
        ready.await();
        go.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> result : running) {
            results.add(result.get());
        }
        pool.shutdown();
        return results;
    }
}
