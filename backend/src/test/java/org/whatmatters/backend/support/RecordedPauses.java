package org.whatmatters.backend.support;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.whatmatters.notifications.push.RetryingPush;

/** With {@code test.fcm} set, the waits between push attempts are recorded instead of slept. */
@Singleton
@Replaces(RetryingPush.Pause.class)
@Requires(property = "test.fcm")
public class RecordedPauses implements RetryingPush.Pause {

    private final List<Duration> pauses = new ArrayList<>();

    @Override
    public synchronized void pause(Duration duration) {
        pauses.add(duration);
    }

    public synchronized List<Duration> pauses() {
        return List.copyOf(pauses);
    }
}
