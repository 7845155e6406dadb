package org.whatmatters.backend.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PersonLaneTest {

    @Test
    void aPersonAskedForAgainWhileBeingSentForHoldsOneThreadAndIsRunOnceMoreAfterwards()
            throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        List<Long> runs = new CopyOnWriteArrayList<>();
        PersonLane lane =
                new PersonLane(
                        "test",
                        3,
                        10,
                        person -> {
                            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                            runs.add(person);
                            started.countDown();
                            waitFor(release);
                            running.decrementAndGet();
                        });

        lane.offer(1L);
        started.await(5, TimeUnit.SECONDS);
        for (int i = 0; i < 20; i++) {
            lane.offer(1L);
        }
        assertThat(lane.waiting())
                .as("nothing queued for a person already being sent for")
                .isZero();
        release.countDown();

        await().atMost(java.time.Duration.ofSeconds(5))
                .until(() -> runs.size() == 2 && running.get() == 0);
        assertThat(mostAtOnce.get()).isEqualTo(1);
        lane.stop(5, TimeUnit.SECONDS);
        assertThat(runs).containsExactly(1L, 1L);
    }

    @Test
    void aFullQueueTurnsAPersonAwayWithoutBlockingTheCallerAndTheyCanBeOfferedAgainLater()
            throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        List<Long> runs = new CopyOnWriteArrayList<>();
        PersonLane lane =
                new PersonLane(
                        "test",
                        1,
                        1,
                        person -> {
                            runs.add(person);
                            started.countDown();
                            waitFor(release);
                        });

        lane.offer(1L); // runs, and hangs
        started.await(5, TimeUnit.SECONDS);
        lane.offer(2L); // waits in the queue (capacity 1)
        lane.offer(3L); // no room: left to the poller
        assertThat(lane.waiting()).isEqualTo(1);
        release.countDown();
        await().atMost(java.time.Duration.ofSeconds(5)).until(() -> runs.size() == 2);
        lane.offer(3L); // the poller's next round

        await().atMost(java.time.Duration.ofSeconds(5)).until(() -> runs.size() == 3);
        lane.stop(5, TimeUnit.SECONDS);
        assertThat(runs).containsExactly(1L, 2L, 3L);
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
