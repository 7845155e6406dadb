package org.whatmatters.backend.signposting;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.whatmatters.backend.directory.ImportResult;

/**
 * Loads the fictional sample directory ({@value #FILE}) through the ordinary CSV import, on a start
 * with an empty directory and SIGNPOSTING_LOAD_SAMPLE=true only: made-up services must never reach
 * real people.
 */
@Singleton
class SampleDirectory {

    static final String FILE = "signposting/sample-directory.csv";
    static final String ACTOR = "sample directory";
    private static final Logger LOG = LoggerFactory.getLogger(SampleDirectory.class);

    private final LocalServiceRepository repository;
    private final LocalServices services;
    private final SignpostingSettings settings;

    SampleDirectory(
            LocalServiceRepository repository,
            LocalServices services,
            SignpostingSettings settings) {
        this.repository = repository;
        this.services = services;
        this.settings = settings;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        long entries = repository.count();
        if (!settings.loadsSample()) {
            if (entries == 0) {
                LOG.info(
                        "signposting: the directory is empty; import one (POST /signposting/services/import), "
                                + "or set SIGNPOSTING_LOAD_SAMPLE=true to try the fictional sample");
            }
            return;
        }
        if (entries > 0) {
            LOG.info(
                    "signposting: SIGNPOSTING_LOAD_SAMPLE is on but the directory has {} entries; the sample was not loaded",
                    entries);
            return;
        }
        try {
            ImportResult result = services.importCsv(sample(), ACTOR);
            LOG.warn(
                    "signposting: loaded {} sample entries into the directory. THEY ARE FICTIONAL, for trying the service out only; "
                            + "turn SIGNPOSTING_LOAD_SAMPLE off and import real services before anyone is signposted",
                    result.imported());
            result.problems()
                    .forEach(
                            problem ->
                                    LOG.error(
                                            "signposting: sample directory {}: {}", FILE, problem));
        } catch (DataAccessException anotherInstanceLoadedIt) {
            LOG.info("signposting: another instance loaded the sample directory");
        }
    }

    static String sample() {
        try (InputStream in = SampleDirectory.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
