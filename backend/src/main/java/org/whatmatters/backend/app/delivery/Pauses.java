package org.whatmatters.backend.app.delivery;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.whatmatters.notifications.push.RetryingPush;

/** Waits between push attempts by sleeping (a test replaces it with one that only records). */
@Factory
class Pauses {

    @Singleton
    RetryingPush.Pause sleep() {
        return duration -> Thread.sleep(duration.toMillis());
    }
}
