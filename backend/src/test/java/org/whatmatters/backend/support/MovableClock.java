package org.whatmatters.backend.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in tests that move time: it runs on from a chosen start like a real clock
 * (so heartbeats and leases behave), and a test can jump it forward by days instead of waiting.
 */
public final class MovableClock extends Clock {

    private volatile Duration offset;

    public MovableClock(Instant start) {
        this.offset = Duration.between(Instant.now(), start);
    }

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    /** Jumps to {@code at} (and runs on from there). */
    public void setTo(Instant at) {
        offset = Duration.between(Instant.now(), at);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the application keeps UTC instants");
    }
}
