package org.whatmatters.backend.errors;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.DefaultTaskExceptionHandler;
import io.micronaut.scheduling.TaskExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A failure in a {@code @Scheduled} task (the outbox poller, the inbox recovery sweep): Micronaut's
 * own handler writes the exception's message into the log line, which for a database error can
 * quote SQL and values. This one names the task and the category; the stack trace goes through
 * {@link ThrowableWithoutMessages}.
 */
@Singleton
@Replaces(DefaultTaskExceptionHandler.class)
class ScheduledTaskFailures implements TaskExceptionHandler<Object, Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledTaskFailures.class);

    @Override
    public void handle(@Nullable Object bean, Throwable throwable) {
        String task =
                bean == null
                        ? "a scheduled task"
                        : bean.getClass().getSimpleName().replaceAll("\\$.*", "");
        ErrorCategory category = ErrorCategory.of(throwable);
        if (category == ErrorCategory.DATABASE_UNAVAILABLE) {
            LOG.warn("{} failed: {}; it runs again at its next interval", task, category.label);
        } else {
            LOG.error(
                    "{} failed: {}; it runs again at its next interval",
                    task,
                    category.label,
                    throwable);
        }
    }
}
