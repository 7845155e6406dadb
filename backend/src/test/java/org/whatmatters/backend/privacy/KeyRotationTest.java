package org.whatmatters.backend.privacy;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.caseload.PersonNote;
import org.whatmatters.backend.caseload.PersonNoteRepository;
import org.whatmatters.backend.person.PersonEvent;
import org.whatmatters.backend.person.PersonEventRepository;
import org.whatmatters.backend.person.PersonEvents;
import org.whatmatters.backend.person.Person;
import org.whatmatters.backend.person.PersonRepository;
import org.whatmatters.backend.support.Database;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Keys rotate without losing a row: values written with the old key, and values written before key ids existed,
 * still read after a restart with a new key; re-encryption moves them all onto it; the old key is then removed and
 * everything still reads. A value copied to where it does not belong does not decrypt.
 */
class KeyRotationTest {

    private static final String KEY_A = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    private static final String KEY_B = Base64.getEncoder().encodeToString(new byte[] {
            9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22});
    /** Its own database that outlives each context, as a file database outlives a restart. */
    private static final String URL = "jdbc:h2:mem:key-rotation;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";

    @Test
    void rotateRestartReEncryptRetireAndEverythingStillReads() throws Exception {
        long person;
        long note;
        try (ApplicationContext context = start(KEY_A, "")) {
            new Database(context).clear();
            person = context.getBean(PersonRepository.class).save(
                    new Person(null, "+447700900123", Instant.parse("2026-11-01T10:00:00Z"), null, null)).id();
            note = context.getBean(PersonNoteRepository.class).save(new PersonNote(null, person, null, "partner",
                    Instant.parse("2026-11-01T10:00:00Z"), "wants to get back to the allotment")).id();
            context.getBean(PersonEvents.class).raise(person, "CRISIS", PersonEvent.Urgency.URGENT, "matched en:want to die");
            // a note as the service wrote it before key ids (v1, no associated data)
            new Database(context).update("INSERT INTO person_note (person_id, organisation_id, author, created_at, body) "
                    + "VALUES (?, NULL, 'partner', ?, ?)", person, java.sql.Timestamp.from(Instant.parse("2026-10-01T10:00:00Z")),
                    legacyV1(KEY_A, "written long ago"));
            assertThat(new Database(context).query("SELECT detail FROM person_event").get(0).get(0).toString())
                    .startsWith("v2:").doesNotContain("want to die");
        }

        try (ApplicationContext context = start(KEY_B, KEY_A)) {
            assertThat(notes(context, person)).containsExactly("wants to get back to the allotment", "written long ago");
            assertThat(events(context, person)).containsExactly("matched en:want to die");
            ReEncryption reEncryption = context.getBean(ReEncryption.class);
            String a = Keyring.of(KEY_A, "").currentId();
            String b = Keyring.of(KEY_B, "").currentId();
            // the note, the event and the person's number on key A; the old note on v1
            assertThat(reEncryption.count()).containsEntry(a, 3L).containsEntry("v1", 1L).doesNotContainKey(b);
            assertThat(context.getBean(org.whatmatters.backend.person.People.class).findByNumber("+447700900123"))
                    .as("a new data key changes no lookup hash").map(Person::id).contains(person);

            ReEncryption.Batch first = reEncryption.next(1);
            assertThat(first.rewritten()).isPositive();
            ReEncryption.Batch last = first;
            while (last.remaining() > 0) {
                last = reEncryption.next(1);
            }
            assertThat(reEncryption.count()).containsOnlyKeys(b).containsEntry(b, 4L);
        }

        try (ApplicationContext context = start(KEY_B, "")) {
            assertThat(notes(context, person)).containsExactly("wants to get back to the allotment", "written long ago");
            assertThat(context.getBean(org.whatmatters.backend.person.People.class).findByNumber("+447700900123"))
                    .as("found by number once the old key is gone").map(Person::phoneE164).contains("+447700900123");
            assertThat(events(context, person)).containsExactly("matched en:want to die");
        }

        try (ApplicationContext context = start(KEY_A, "")) {
            assertThatThrownBy(() -> notes(context, person)).hasStackTraceContaining("not in DATA_ENCRYPTION_KEY");
        }
        assertThat(note).isPositive();
    }

    @Test
    void aValueCopiedIntoAnotherColumnDoesNotDecrypt() {
        try (ApplicationContext context = start(KEY_A, "")) {
            Database database = new Database(context);
            database.clear();
            long person = context.getBean(PersonRepository.class).save(
                    new Person(null, "+447700900124", Instant.parse("2026-11-01T10:00:00Z"), null, null)).id();
            context.getBean(PersonNoteRepository.class).save(new PersonNote(null, person, null, "partner",
                    Instant.parse("2026-11-01T10:00:00Z"), "a private note"));
            context.getBean(PersonEvents.class).raise(person, "CALL_REQUESTED", PersonEvent.Urgency.ROUTINE, "call after 5");
            database.update("UPDATE person_event SET detail = (SELECT body FROM person_note WHERE person_id = ?)", person);

            assertThatThrownBy(() -> events(context, person)).hasStackTraceContaining("cannot decrypt a stored value");
        }
    }

    private static ApplicationContext start(String key, String oldKeys) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("datasources.default.url", URL);
        properties.put("datasources.default.username", "sa");
        properties.put("datasources.default.password", "");
        properties.put("whatmatters.privacy.data-key", key);
        properties.put("whatmatters.privacy.old-keys", oldKeys);
        return ApplicationContext.run(properties, "test");
    }

    private static java.util.List<String> notes(ApplicationContext context, long person) {
        return context.getBean(PersonNoteRepository.class).findAll().stream()
                .filter(n -> n.personId() == person).map(PersonNote::body).toList();
    }

    private static java.util.List<String> events(ApplicationContext context, long person) {
        return context.getBean(PersonEventRepository.class).findByPersonIdOrderById(person).stream()
                .map(PersonEvent::detail).toList();
    }

    /** Today's format before this change: v1: + base64(nonce ‖ AES-GCM ciphertext ‖ tag), no associated data. */
    private static String legacyV1(String key, String plain) throws Exception {
        byte[] nonce = new byte[12];
        new SecureRandom().nextBytes(nonce);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(Base64.getDecoder().decode(key), "AES"), new GCMParameterSpec(128, nonce));
        byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
        return "v1:" + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    }
}
