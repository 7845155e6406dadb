package org.whatmatters.backend.errors;

import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.CoreConstants;

/**
 * Logback's stack-trace conversion ({@code %wmEx} in logback.xml) with every exception message left
 * out: the type and the frames say where it failed, while a message may quote SQL, a column and a
 * submitted value (H2's "Value too long for column ...: '+447700900123'", a driver's duplicate-key
 * text, a decoder quoting the body it could not decode). Being the layout's throwable converter, it
 * replaces the one Logback would add.
 */
public class ThrowableWithoutMessages extends ThrowableHandlingConverter {

    static final String WITHHELD = "(message withheld)";
    private static final int MAX_FRAMES = 40;

    @Override
    public String convert(ILoggingEvent event) {
        IThrowableProxy proxy = event.getThrowableProxy();
        if (proxy == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        String prefix = "";
        for (int depth = 0; proxy != null && depth < 10; depth++, proxy = proxy.getCause()) {
            out.append(prefix)
                    .append(proxy.getClassName())
                    .append(' ')
                    .append(WITHHELD)
                    .append(CoreConstants.LINE_SEPARATOR);
            StackTraceElementProxy[] frames = proxy.getStackTraceElementProxyArray();
            int shown = Math.min(frames.length - proxy.getCommonFrames(), MAX_FRAMES);
            for (int i = 0; i < shown; i++) {
                out.append("\tat ")
                        .append(frames[i].getStackTraceElement())
                        .append(CoreConstants.LINE_SEPARATOR);
            }
            prefix = "Caused by: ";
        }
        return out.toString();
    }
}
