package org.whatmatters.backend.signposting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The test CSVs in src/test/resources/signposting. */
final class Fixtures {

    private Fixtures() {}

    static String csv(String name) {
        try (InputStream in =
                Fixtures.class.getClassLoader().getResourceAsStream("signposting/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource signposting/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
