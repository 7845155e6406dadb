package org.whatmatters.backend.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.caseload.PersonNote;
import org.whatmatters.backend.caseload.PersonNoteRepository;
import org.whatmatters.backend.person.Fact;
import org.whatmatters.backend.person.FactRepository;
import org.whatmatters.backend.person.Person;
import org.whatmatters.backend.person.PersonEvent;
import org.whatmatters.backend.person.PersonEventRepository;
import org.whatmatters.backend.person.PersonEvents;
import org.whatmatters.backend.person.PersonRepository;
import org.whatmatters.backend.rights.SubjectAccess;
import org.whatmatters.backend.settings.StartupFailure;
import org.whatmatters.backend.support.CapturedLogs;
import org.whatmatters.backend.support.Database;

/**
 * Keys rotate without losing a row: values written with the old key, before key ids existed (v1)
 * and before row binding (v2), still read after a restart with a new key; the re-encryption job
 * moves them all onto it, bound to their rows, and says once that the old key can go; it is then
 * removed and everything still reads. Starting with values under a key no longer configured fails
 * in one line naming it. A value copied to where it does not belong (another person's row, another
 * column) fails loudly instead of reading as theirs.
 */
class KeyRotationTest {

    private static final String KEY_A = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    private static final String KEY_B =
            Base64.getEncoder()
                    .encodeToString(
                            new byte[] {
                                9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
                                13, 14, 15, 16, 17, 18, 19, 20, 21, 22
                            });

    /**
     * Each test's own database, which outlives each context as a file database outlives a restart.
     */
    private final String url =
            "jdbc:h2:mem:key-rotation-"
                    + java.util.UUID.randomUUID()
                    + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";

    @Test
    void rotateRestartReEncryptRetireAndEverythingStillReads() throws Exception {
        long person;
        try (ApplicationContext context = start(KEY_A, "")) {
            new Database(context).clear();
            person =
                    context.getBean(PersonRepository.class)
                            .save(
                                    new Person(
                                            null,
                                            "+447700900123",
                                            Instant.parse("2026-11-01T10:00:00Z"),
                                            null,
                                            null))
                            .id();
            context.getBean(PersonNoteRepository.class)
                    .save(
                            new PersonNote(
                                    null,
                                    person,
                                    null,
                                    "partner",
                                    Instant.parse("2026-11-01T10:00:00Z"),
                                    "wants to get back to the allotment"));
            context.getBean(PersonEvents.class)
                    .raise(person, "CRISIS", PersonEvent.Urgency.URGENT, "matched en:want to die");
            context.getBean(FactRepository.class).save(fact(person, "my allotment"));
            // a note as the service wrote it before key ids (v1, no associated data)
            new Database(context)
                    .update(
                            "INSERT INTO person_note (person_id, organisation_id, author, created_at, body) "
                                    + "VALUES (?, NULL, 'partner', ?, ?)",
                            person,
                            java.sql.Timestamp.from(Instant.parse("2026-10-01T10:00:00Z")),
                            legacyV1(KEY_A, "written long ago"));
            // an answer as the service wrote it before row binding (v2, bound to the property only)
            new Database(context)
                    .update(
                            "INSERT INTO fact (person_id, name, content, script, script_version, node, channel, saved_at) "
                                    + "VALUES (?, 'what_matters', ?, 'intake', 1, 'ask', 'SMS', ?)",
                            person,
                            new TextCipher(KEY_A, "").encrypt("my bike", Binding.column("content")),
                            java.sql.Timestamp.from(Instant.parse("2026-10-02T10:00:00Z")));
            assertThat(
                            new Database(context)
                                    .query("SELECT detail FROM person_event")
                                    .get(0)
                                    .get(0)
                                    .toString())
                    .startsWith("v3:")
                    .doesNotContain("want to die");
            assertThat(
                            new Database(context)
                                    .query("SELECT content FROM fact ORDER BY id")
                                    .get(0)
                                    .get(0)
                                    .toString())
                    .startsWith("v3:")
                    .doesNotContain("allotment");
            assertThat(facts(context, person)).containsExactly("my allotment", "my bike");
        }

        String a = Keyring.of(KEY_A, "").currentId();
        String b = Keyring.of(KEY_B, "").currentId();
        try (ApplicationContext context = start(KEY_B, KEY_A);
                CapturedLogs logs = new CapturedLogs()) {
            assertEverythingReads(context, person);
            ReEncryption reEncryption = context.getBean(ReEncryption.class);
            // the note, the event, two answers and the person's number on key A; the old note on v1
            assertThat(reEncryption.count())
                    .containsEntry(a, 5L)
                    .containsEntry("v1", 1L)
                    .doesNotContainKey(b);
            assertThat(
                            context.getBean(org.whatmatters.backend.person.People.class)
                                    .findByNumber("+447700900123"))
                    .as("a new data key changes no lookup hash")
                    .map(Person::id)
                    .contains(person);

            ReEncryptionJob job = context.getBean(ReEncryptionJob.class);
            int batches = 0;
            boolean more = true;
            while (more) {
                more = job.runOnce();
                batches++;
                assertThat(batches).as("every batch makes progress").isLessThan(10);
            }
            assertThat(batches).as("batch size 1: one value per column per batch").isGreaterThan(1);
            assertThat(job.runOnce()).as("done, and stays done").isFalse();
            assertThat(reEncryption.count()).containsOnlyKeys(b).containsEntry(b, 6L);
            assertThat(
                            new Database(context)
                                    .query(
                                            "SELECT body FROM person_note UNION ALL SELECT detail FROM person_event "
                                                    + "UNION ALL SELECT content FROM fact"))
                    .allSatisfy(
                            row -> assertThat(row.get(0).toString()).startsWith("v3:" + b + ":"));
            assertThat(
                            logs.lines().stream()
                                    .filter(line -> line.contains("can be removed"))
                                    .toList())
                    .as("said once, naming the old key")
                    .singleElement()
                    .asString()
                    .contains(a)
                    .doesNotContain("allotment");
            assertEverythingReads(context, person);
        }

        try (ApplicationContext context = start(KEY_B, "")) {
            assertEverythingReads(context, person);
            assertThat(
                            context.getBean(org.whatmatters.backend.person.People.class)
                                    .findByNumber("+447700900123"))
                    .as("found by number once the old key is gone")
                    .map(Person::phoneE164)
                    .contains("+447700900123");
        }

        // back to the first key alone: every value is under b, which is no longer configured
        assertThatThrownBy(() -> start(KEY_A, "").close())
                .satisfies(
                        failure ->
                                assertThat(StartupFailure.brief(failure))
                                        .hasValueSatisfying(
                                                line ->
                                                        assertThat(line)
                                                                .startsWith(
                                                                        "DATA_ENCRYPTION_OLD_KEYS lacks key "
                                                                                + b
                                                                                + ",")
                                                                .doesNotContain("\n")));
    }

    @Test
    void onePersonsAnswerCopiedIntoAnotherPersonsRowFailsLoudlyAndTheRestStillReads() {
        try (ApplicationContext context = start(KEY_A, "")) {
            Database database = new Database(context);
            database.clear();
            PersonRepository people = context.getBean(PersonRepository.class);
            long first =
                    people.save(
                                    new Person(
                                            null,
                                            "+447700900125",
                                            Instant.parse("2026-11-01T10:00:00Z"),
                                            null,
                                            null))
                            .id();
            long second =
                    people.save(
                                    new Person(
                                            null,
                                            "+447700900126",
                                            Instant.parse("2026-11-01T10:00:00Z"),
                                            null,
                                            null))
                            .id();
            FactRepository facts = context.getBean(FactRepository.class);
            long firsts = facts.save(fact(first, "my daughter's wedding")).id();
            long seconds = facts.save(fact(second, "football on Saturdays")).id();
            context.getBean(PersonNoteRepository.class)
                    .save(
                            new PersonNote(
                                    null,
                                    second,
                                    null,
                                    "partner",
                                    Instant.parse("2026-11-01T10:00:00Z"),
                                    "call in the mornings"));

            Object copied =
                    database.query("SELECT content FROM fact WHERE id = ?", firsts).get(0).get(0);
            database.update("UPDATE fact SET content = ? WHERE id = ?", copied, seconds);

            assertThatThrownBy(() -> facts.findByPersonIdOrderById(second))
                    .hasStackTraceContaining("cannot decrypt a stored value");
            assertThatThrownBy(() -> context.getBean(SubjectAccess.class).of(second))
                    .hasStackTraceContaining("cannot decrypt a stored value");
            assertThat(facts(context, first)).containsExactly("my daughter's wedding");
            assertThat(notes(context, second)).containsExactly("call in the mornings");
            assertThat(context.getBean(ReEncryption.class).next(10).remaining())
                    .as(
                            "re-encryption leaves the copied value as it is, never rewriting it as the other person's")
                    .isZero();
            assertThat(
                            database.query("SELECT content FROM fact WHERE id = ?", seconds)
                                    .get(0)
                                    .get(0))
                    .isEqualTo(copied);
        }
    }

    @Test
    void aValueCopiedIntoAnotherColumnDoesNotDecrypt() {
        try (ApplicationContext context = start(KEY_A, "")) {
            Database database = new Database(context);
            database.clear();
            long person =
                    context.getBean(PersonRepository.class)
                            .save(
                                    new Person(
                                            null,
                                            "+447700900124",
                                            Instant.parse("2026-11-01T10:00:00Z"),
                                            null,
                                            null))
                            .id();
            context.getBean(PersonNoteRepository.class)
                    .save(
                            new PersonNote(
                                    null,
                                    person,
                                    null,
                                    "partner",
                                    Instant.parse("2026-11-01T10:00:00Z"),
                                    "a private note"));
            context.getBean(PersonEvents.class)
                    .raise(person, "CALL_REQUESTED", PersonEvent.Urgency.ROUTINE, "call after 5");
            Object note =
                    database.query("SELECT body FROM person_note WHERE person_id = ?", person)
                            .get(0)
                            .get(0);
            database.update("UPDATE person_event SET detail = ? WHERE person_id = ?", note, person);

            assertThatThrownBy(() -> events(context, person))
                    .hasStackTraceContaining("cannot decrypt a stored value");
        }
    }

    @Test
    void textThatOnlyLooksEncryptedIsEncryptedLikeAnyOther() {
        try (ApplicationContext context = start(KEY_A, "")) {
            new Database(context).clear();
            long person =
                    context.getBean(PersonRepository.class)
                            .save(
                                    new Person(
                                            null,
                                            "+447700900127",
                                            Instant.parse("2026-11-01T10:00:00Z"),
                                            null,
                                            null))
                            .id();
            String lookalike =
                    "v3:"
                            + Keyring.of(KEY_A, "").currentId()
                            + ":AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
            context.getBean(FactRepository.class).save(fact(person, lookalike));

            assertThat(new Database(context).query("SELECT content FROM fact").get(0).get(0))
                    .isNotEqualTo(lookalike);
            assertThat(facts(context, person)).containsExactly(lookalike);
        }
    }

    private ApplicationContext start(String key, String oldKeys) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("datasources.default.url", url);
        properties.put("datasources.default.username", "sa");
        properties.put("datasources.default.password", "");
        properties.put("whatmatters.privacy.data-key", key);
        properties.put("whatmatters.privacy.old-keys", oldKeys);
        properties.put("whatmatters.privacy.re-encryption.batch-size", 1);
        return ApplicationContext.run(properties, "test");
    }

    private static void assertEverythingReads(ApplicationContext context, long person) {
        assertThat(notes(context, person))
                .containsExactly("wants to get back to the allotment", "written long ago");
        assertThat(events(context, person)).containsExactly("matched en:want to die");
        assertThat(facts(context, person)).containsExactly("my allotment", "my bike");
        assertThat(
                        context.getBean(SubjectAccess.class).of(person).stream()
                                .filter(section -> section.table().equals("fact"))
                                .flatMap(section -> section.rows().stream())
                                .map(row -> row.get("content")))
                .containsExactly("my allotment", "my bike");
    }

    private static Fact fact(long person, String answer) {
        return new Fact(
                null,
                person,
                "what_matters",
                answer,
                "intake",
                1,
                "ask",
                "SMS",
                Instant.parse("2026-11-01T10:00:00Z"));
    }

    private static java.util.List<String> facts(ApplicationContext context, long person) {
        return context.getBean(FactRepository.class).findByPersonIdOrderById(person).stream()
                .map(Fact::content)
                .toList();
    }

    private static java.util.List<String> notes(ApplicationContext context, long person) {
        return context.getBean(PersonNoteRepository.class).findAll().stream()
                .filter(n -> n.personId() == person)
                .map(PersonNote::body)
                .toList();
    }

    private static java.util.List<String> events(ApplicationContext context, long person) {
        return context.getBean(PersonEventRepository.class).findByPersonIdOrderById(person).stream()
                .map(PersonEvent::detail)
                .toList();
    }

    /**
     * Today's format before this change: v1: + base64(nonce ‖ AES-GCM ciphertext ‖ tag), no
     * associated data.
     */
    private static String legacyV1(String key, String plain) throws Exception {
        byte[] nonce = new byte[12];
        new SecureRandom().nextBytes(nonce);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(
                Cipher.ENCRYPT_MODE,
                new SecretKeySpec(Base64.getDecoder().decode(key), "AES"),
                new GCMParameterSpec(128, nonce));
        byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
        return "v1:"
                + Base64.getEncoder()
                        .encodeToString(
                                ByteBuffer.allocate(nonce.length + sealed.length)
                                        .put(nonce)
                                        .put(sealed)
                                        .array());
    }
}
