package org.whatmatters.backend.outbox;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sender threads that work for one person at a time each, and never for one person on two threads:
 * asking for a person who is already queued or being sent for only marks them to be looked at once
 * more when the current run ends. So a person whose sends hang holds at most one thread, and the
 * other threads go on with everyone else. The queue of waiting people is bounded; a person it has
 * no room for is left to {@link OutboxPoller}, which finds their messages in the database.
 */
final class PersonLane {

    private static final Logger LOG = LoggerFactory.getLogger(PersonLane.class);

    private enum Run {
        QUEUED_OR_RUNNING,
        AGAIN
    }

    private final String name;
    private final ThreadPoolExecutor executor;
    private final Consumer<Long> work;
    private final ConcurrentMap<Long, Run> people = new ConcurrentHashMap<>();

    PersonLane(String name, int threads, int queueCapacity, Consumer<Long> work) {
        this.name = name;
        this.work = work;
        AtomicInteger count = new AtomicInteger();
        // A pool of our own, not Micronaut's instrumented one: that would carry the committed
        // transaction's (closed) connection into the task along with the rest of the request
        // context.
        this.executor =
                new ThreadPoolExecutor(
                        threads,
                        threads,
                        0,
                        TimeUnit.MILLISECONDS,
                        new ArrayBlockingQueue<>(queueCapacity),
                        task -> {
                            Thread thread =
                                    new Thread(
                                            task, "outbox-" + name + "-" + count.incrementAndGet());
                            thread.setDaemon(true);
                            return thread;
                        },
                        new ThreadPoolExecutor.AbortPolicy());
    }

    /** Sends what is due for this person soon, on one of this lane's threads; returns at once. */
    void offer(Long personId) {
        boolean[] start = {false};
        people.compute(
                personId,
                (id, run) -> {
                    if (run == null) {
                        start[0] = true;
                        return Run.QUEUED_OR_RUNNING;
                    }
                    return Run.AGAIN;
                });
        if (!start[0]) {
            return;
        }
        try {
            executor.execute(() -> runFor(personId));
        } catch (RejectedExecutionException e) {
            people.remove(personId);
            LOG.warn(
                    "outbox {} lane is full ({} waiting); person {} is left to the poller",
                    name,
                    executor.getQueue().size(),
                    personId);
        }
    }

    private void runFor(Long personId) {
        boolean again = true;
        try {
            while (again) {
                try {
                    work.accept(personId);
                } catch (RuntimeException e) {
                    LOG.error(
                            "outbox {} lane: sending for person {} failed unexpectedly",
                            name,
                            personId,
                            e);
                }
                again =
                        people.compute(
                                        personId,
                                        (id, run) ->
                                                run == Run.AGAIN ? Run.QUEUED_OR_RUNNING : null)
                                != null;
            }
        } finally {
            if (again) {
                people.remove(personId); // left by an Error: the next offer starts afresh
            }
        }
    }

    /** How many more people the queue takes now. */
    int room() {
        return executor.getQueue().remainingCapacity();
    }

    /** People waiting for a thread of this lane (not counting those being sent for). */
    int waiting() {
        return executor.getQueue().size();
    }

    void stop(long timeout, TimeUnit unit) throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(timeout, unit);
    }
}
