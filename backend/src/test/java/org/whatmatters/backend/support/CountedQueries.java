package org.whatmatters.backend.support;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;

/**
 * Counts the SQL statements one piece of code runs on this thread, as Micronaut Data reports each
 * one it executes (logger {@code io.micronaut.data.query} at DEBUG: the statement's text, never its
 * values). Other threads (the scheduler's polls, senders) are not counted, so a count is exact
 * whatever else runs meanwhile.
 */
public final class CountedQueries {

    private static final Logger QUERIES =
            (Logger) LoggerFactory.getLogger("io.micronaut.data.query");

    /** What {@code work} returned and the statements it ran. */
    public record Counted<T>(T result, List<String> statements) {
        public int count() {
            return statements.size();
        }
    }

    private CountedQueries() {}

    public static <T> Counted<T> of(Callable<T> work) {
        return count(work, true);
    }

    /**
     * Every thread's statements while {@code work} runs: for a request served on the server's
     * threads, in an application with nothing else to do (db-scheduler's own polls are not
     * Micronaut Data's and are not counted).
     */
    public static <T> Counted<T> onEveryThread(Callable<T> work) {
        return count(work, false);
    }

    private static <T> Counted<T> count(Callable<T> work, boolean thisThreadOnly) {
        Thread me = Thread.currentThread();
        List<String> seen = new ArrayList<>();
        AppenderBase<ILoggingEvent> appender =
                new AppenderBase<>() {
                    @Override
                    protected void append(ILoggingEvent event) {
                        if ((!thisThreadOnly || event.getThreadName().equals(me.getName()))
                                && event.getFormattedMessage().startsWith("Executing")) {
                            synchronized (seen) {
                                seen.add(event.getFormattedMessage());
                            }
                        }
                    }
                };
        appender.start();
        Level before = QUERIES.getLevel();
        boolean additive = QUERIES.isAdditive();
        QUERIES.setLevel(Level.DEBUG);
        QUERIES.setAdditive(false); // counted, not printed
        QUERIES.addAppender(appender);
        try {
            T result = work.call();
            synchronized (seen) {
                return new Counted<>(result, List.copyOf(seen));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            QUERIES.detachAppender(appender);
            QUERIES.setLevel(before);
            QUERIES.setAdditive(additive);
            appender.stop();
        }
    }
}
