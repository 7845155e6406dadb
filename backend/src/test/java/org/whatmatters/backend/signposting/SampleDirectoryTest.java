package org.whatmatters.backend.signposting;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.support.CapturedLogs;
import org.whatmatters.backend.support.Database;

/**
 * The fictional sample goes in only when asked for, and only into an empty directory, and says what
 * it is.
 */
@MicronautTest(environments = "test", transactional = false)
class SampleDirectoryTest {

    @Inject ApplicationContext context;
    @Inject LocalServiceRepository repository;
    @Inject LocalServices services;
    @Inject SignpostingSettings settings;

    private Database database;

    @BeforeEach
    void emptyDirectory() {
        database = new Database(context);
        database.clear();
    }

    private SampleDirectory sample(boolean load) {
        return new SampleDirectory(
                repository,
                services,
                new SignpostingSettings(
                        String.valueOf(load),
                        "classpath:signposting/categories.yaml",
                        Duration.ofSeconds(30)));
    }

    @Test
    void itIsOffByDefault() {
        assertThat(settings.loadsSample()).isFalse();

        try (CapturedLogs logs = new CapturedLogs()) {
            sample(settings.loadsSample()).onStartup(null);
            assertThat(logs.lines())
                    .anyMatch(
                            line ->
                                    line.contains("the directory is empty")
                                            && line.contains("SIGNPOSTING_LOAD_SAMPLE=true"));
        }
        assertThat(database.count("signpost_service")).isZero();
    }

    @Test
    void whenAskedForItLoadsIntoAnEmptyDirectorySayingTheEntriesAreFictional() {
        try (CapturedLogs logs = new CapturedLogs()) {
            sample(true).onStartup(null);

            long loaded = database.count("signpost_service");
            assertThat(loaded).isBetween(15L, 25L);
            assertThat(logs.lines())
                    .anyMatch(
                            line ->
                                    line.contains("loaded " + loaded + " sample entries")
                                            && line.contains("FICTIONAL"));
        }
    }

    @Test
    void itNeverGoesIntoADirectoryThatHasEntries() {
        services.importCsv(Fixtures.csv("matching-fixture.csv"), "test");

        sample(true).onStartup(null);

        assertThat(database.count("signpost_service")).isEqualTo(13);
        assertThat(
                        database.queryForLong(
                                "SELECT COUNT(*) FROM signpost_service WHERE name LIKE 'Sample:%'"))
                .isZero();
    }
}
