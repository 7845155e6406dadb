package org.whatmatters.backend.support;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;
import org.whatmatters.backend.errors.ThrowableWithoutMessages;

/**
 * Everything logged while open, rendered as the shipped logback.xml renders it for an operator: the
 * message and the stack trace through {@link ThrowableWithoutMessages}, so a test sees exactly what
 * would reach the log.
 */
public final class RenderedLogs implements AutoCloseable {

    /** logback.xml's pattern, less the time, level and thread. */
    public static final String PATTERN = "%logger - %msg%n%wmEx";

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final List<String> lines = new ArrayList<>();
    private final AppenderBase<ILoggingEvent> appender;

    public RenderedLogs() {
        PatternLayout layout = new PatternLayout();
        layout.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        layout.getInstanceConverterMap().put("wmEx", ThrowableWithoutMessages::new);
        layout.setPattern(PATTERN);
        layout.start();
        appender =
                new AppenderBase<>() {
                    @Override
                    protected void append(ILoggingEvent event) {
                        String line = layout.doLayout(event);
                        synchronized (lines) {
                            lines.add(line);
                        }
                    }
                };
        appender.setContext(layout.getContext());
        appender.start();
        root.addAppender(appender);
    }

    /** Each event as rendered, stack trace included. */
    public List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    public String all() {
        return String.join("", lines());
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
    }
}
