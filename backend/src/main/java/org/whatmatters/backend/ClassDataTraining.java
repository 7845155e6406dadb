package org.whatmatters.backend;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;

/**
 * The build's training start for class-data sharing (AppCDS): {@code java
 * -XX:ArchiveClassesAtExit=whatmatters.jsa -Dwhatmatters.cds.training=true -jar whatmatters.jar}
 * starts the application, asks it for {@code /health} once (so the classes of one request are
 * loaded too), stops it and exits, and the JVM writes the classes it loaded into the archive.
 * {@code ## Run} then starts with {@code -XX:SharedArchiveFile=backend/target/whatmatters.jsa},
 * which maps them instead of finding, reading and verifying each in the fat jar again. Nothing here
 * runs without the property.
 */
final class ClassDataTraining {

    static final String PROPERTY = "whatmatters.cds.training";

    private ClassDataTraining() {}

    static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    static void finish(ApplicationContext context) {
        int status = 0;
        try {
            int port = context.getBean(EmbeddedServer.class).getPort();
            HttpURLConnection health =
                    (HttpURLConnection)
                            new URL("http://127.0.0.1:" + port + "/health").openConnection();
            health.setConnectTimeout(10_000);
            health.setReadTimeout(60_000);
            try (InputStream body =
                    health.getResponseCode() < 400
                            ? health.getInputStream()
                            : health.getErrorStream()) {
                if (body != null) {
                    body.readAllBytes();
                }
            }
            System.out.println("class-data training: /health answered " + health.getResponseCode());
        } catch (IOException | RuntimeException e) {
            System.err.println("class-data training: /health failed: " + e);
            status = 1;
        }
        context.close();
        System.exit(status);
    }
}
