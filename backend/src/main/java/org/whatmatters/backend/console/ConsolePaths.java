package org.whatmatters.backend.console;

import io.micronaut.http.HttpRequest;

/**
 * Which requests are the console's, and which of them a page makes by itself rather than its user.
 */
public final class ConsolePaths {

    public static final String ROOT = "/console";

    /**
     * Parts of pages that refresh themselves end in this; they do not count as use for the idle
     * timeout.
     */
    public static final String LIVE_SUFFIX = "/live";

    private ConsolePaths() {}

    public static boolean isConsole(HttpRequest<?> request) {
        String path = request.getPath();
        return path.equals(ROOT) || path.startsWith(ROOT + "/");
    }

    public static boolean isAutomatic(HttpRequest<?> request) {
        return request.getPath().endsWith(LIVE_SUFFIX);
    }
}
