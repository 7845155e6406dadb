package org.whatmatters.backend.rights;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.caseload.PersonNote;
import org.whatmatters.backend.caseload.PersonNoteRepository;
import org.whatmatters.backend.person.Fact;
import org.whatmatters.backend.person.FactRepository;
import org.whatmatters.backend.person.People;
import org.whatmatters.backend.person.PersonEvent;
import org.whatmatters.backend.person.PersonEvents;
import org.whatmatters.backend.support.Database;

/**
 * Erasure leaves no trace of what the person wrote in the database file itself (neither in clear
 * nor the ciphertext that held it), keeps that a crisis event was raised without its detail, and
 * the retention rule erases only people silent for PERSON_RETENTION.
 */
class ErasureTest {

    private static final String MARKER = "erasure-marker-leeks-9931";
    private static final String PHONE = "+447700900755";

    @Test
    void anErasedPersonLeavesNoTraceInTheDatabaseFile() throws Exception {
        Path directory = Files.createTempDirectory("erasure");
        String url =
                "jdbc:h2:file:"
                        + directory.resolve("db").toAbsolutePath()
                        + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE";
        List<String> ciphertexts = new ArrayList<>();
        long person;
        try (ApplicationContext context =
                ApplicationContext.run(
                        Map.of(
                                "datasources.default.url",
                                url,
                                "datasources.default.username",
                                "sa",
                                "datasources.default.password",
                                ""),
                        "test")) {
            Database database = new Database(context);
            person = context.getBean(People.class).findOrCreate(PHONE).id();
            context.getBean(FactRepository.class)
                    .save(
                            new Fact(
                                    null,
                                    person,
                                    "stopped_enjoying",
                                    MARKER,
                                    "self-referral",
                                    1,
                                    "test",
                                    "sms",
                                    Instant.now()));
            context.getBean(PersonNoteRepository.class)
                    .save(
                            new PersonNote(
                                    null, person, null, "sam", Instant.now(), "note " + MARKER));
            context.getBean(PersonEvents.class)
                    .raise(person, "CRISIS", PersonEvent.Urgency.URGENT, "matched en:" + MARKER);
            for (String sql :
                    List.of(
                            "SELECT content FROM fact",
                            "SELECT body FROM person_note",
                            "SELECT detail FROM person_event")) {
                database.query(sql).forEach(row -> ciphertexts.add(row.get(0).toString()));
            }
            assertThat(ciphertexts)
                    .hasSize(3)
                    .allSatisfy(value -> assertThat(value).startsWith("v3:"));

            assertThat(context.getBean(Erasure.class).erase(person)).isTrue();

            assertThat(
                            database.query(
                                    "SELECT kind, urgency, detail FROM person_event WHERE person_id = ?",
                                    person))
                    .as("that a crisis was raised is kept, not what it was about")
                    .containsExactly(java.util.Arrays.asList("CRISIS", "URGENT", null));
            assertThat(
                            database.query("SELECT phone_e164 FROM person WHERE id = ?", person)
                                    .get(0)
                                    .get(0))
                    .isEqualTo("erased-" + person);
            assertThat(database.count("fact")).isZero();
            try {
                database.update("SHUTDOWN COMPACT"); // rewrites the file from live rows only
            } catch (IllegalStateException closedByTheShutdown) {
                // the connection the shutdown ran on is closed under it
            }
        }

        String bytes;
        try (Stream<Path> files = Files.list(directory)) {
            StringBuilder all = new StringBuilder();
            for (Path file : files.toList()) {
                all.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
            bytes = all.toString();
        }
        assertThat(bytes).isNotEmpty().doesNotContain(MARKER).doesNotContain(PHONE);
        for (String ciphertext : ciphertexts) {
            assertThat(bytes).doesNotContain(ciphertext.substring(12, 40));
        }
    }

    @Test
    void theRetentionRuleErasesOnlyPeopleSilentForLongerThanTheSetting() {
        try (ApplicationContext context =
                ApplicationContext.run(
                        Map.of(
                                "datasources.default.url",
                                "jdbc:h2:mem:erasure-retention;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1",
                                "datasources.default.username",
                                "sa",
                                "datasources.default.password",
                                ""),
                        "test")) {
            Database database = new Database(context);
            database.clear();
            Instant now = Instant.now();
            database.update(
                    "INSERT INTO person (id, phone_e164, created_at) VALUES (1, '+447700900761', ?)",
                    java.sql.Timestamp.from(now.minus(Duration.ofDays(2000))));
            database.update(
                    "INSERT INTO person (id, phone_e164, created_at) VALUES (2, '+447700900762', ?)",
                    java.sql.Timestamp.from(now.minus(Duration.ofDays(2000))));
            database.update(
                    "INSERT INTO inbound_message (channel, provider_id, from_address, to_address, body, num_media, received_at, person_id) "
                            + "VALUES ('SMS', 'SMrecent', '+447700900762', '+447700900001', 'v1:x', 0, ?, 2)",
                    java.sql.Timestamp.from(now.minus(Duration.ofDays(10))));

            int erased =
                    context.getBean(Erasure.class)
                            .eraseInactiveSince(now.minus(Duration.ofDays(1095)));

            assertThat(erased).isEqualTo(1);
            assertThat(database.query("SELECT id FROM person WHERE erased_at IS NOT NULL"))
                    .containsExactly(List.of(1L));
        }
    }
}
