package org.whatmatters.translations.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The catalogs shipped in this jar: {@code catalogs/<language>.xlf}, the baseline the running
 * service starts from.
 */
public final class Catalogs {

    /** Every language served besides English, which is the scripts' own source. */
    public static final List<String> TRANSLATED = List.of("ur", "pa", "bn", "pl", "ar", "so");

    public static final String FOLDER = "catalogs/";

    private Catalogs() {}

    /**
     * Each shipped catalog, parsed once: the jar's files cannot change while it runs, and a {@link
     * Catalog} is immutable.
     */
    private static final Map<String, Catalog> SHIPPED = new ConcurrentHashMap<>();

    public static Catalog shipped(String language) {
        return SHIPPED.computeIfAbsent(language, Catalogs::read);
    }

    private static Catalog read(String language) {
        String resource = FOLDER + language + ".xlf";
        try (InputStream in = Catalogs.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return Xliff.read(resource, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
