package org.whatmatters.backend.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.outbox.OutboundMessageRepository;
import org.whatmatters.backend.person.Person;
import org.whatmatters.backend.person.PersonRepository;
import org.whatmatters.backend.support.AppApi;
import org.whatmatters.backend.support.TwilioWebhooks;
import org.whatmatters.backend.support.WithTheApp;

/**
 * Phone numbers at rest: a copy of the database (every column of every table, read with plain JDBC)
 * holds no person's number in any form, while every lookup by number still finds them.
 */
@MicronautTest(environments = "test", transactional = false)
class PhoneNumbersAtRestTest extends WithTheApp {

    private static final String DEE = "+447700900321";
    private static final String ALI = "+447700900654";

    @Inject PersonRepository persons;
    @Inject OutboundMessageRepository outbound;
    @Inject PhoneNumbersAtRest atRest;
    @Inject TextCipher cipher;

    @Test
    void afterAConversationBySmsAndByTheAppNoTableHoldsTheNumberInAnyForm() {
        says(DEE, "Hello");
        awaitTexts(DEE, 1);
        says(DEE, "1");
        awaitTexts(DEE, 2);
        AppApi app = signedIn(DEE);
        assertThat(app.answer("yes").status()).isEqualTo(200);
        assertThat(app.answer("Dee").status()).isEqualTo(200);
        drainAppWork();
        assertThat(database.count("inbound_message WHERE channel = 'APP'"))
                .as("the app's answers are stored too")
                .isEqualTo(2);
        assertThat(database.count("app_sign_in_code")).isOne();

        assertThat(numbersIn(everyValue(), DEE)).isEmpty();
        Person dee = people.findByNumber(DEE).orElseThrow();
        assertThat(dee.phoneE164()).as("staff who may see it still see it").isEqualTo(DEE);
        referrals.selfReferred(dee.id());
        assertThat(partner.get("/partner/people/" + dee.id()).toString()).contains(DEE);
        assertThat(database.count("person")).as("one person, whichever channel").isOne();
    }

    @Test
    void aKnownNumberIsFoundByItsHashAndATwilioRetryHasOneEffect() {
        says(DEE, "Hello");
        awaitTexts(DEE, 1);
        Long dee = personId(DEE);
        String sid = "SM" + "9".repeat(32);

        assertThat(
                        webhooks.post("/webhooks/twilio/sms", TwilioWebhooks.sms(sid, DEE, "1"))
                                .status())
                .isEqualTo(200);
        awaitTexts(DEE, 2);
        long outboundBefore = database.count("outbound_message");
        assertThat(
                        webhooks.post("/webhooks/twilio/sms", TwilioWebhooks.sms(sid, DEE, "1"))
                                .status())
                .isEqualTo(200);

        assertThat(database.count("person")).isOne();
        assertThat(database.query("SELECT DISTINCT person_id FROM inbound_message"))
                .containsExactly(List.of(dee));
        assertThat(database.count("inbound_message WHERE provider_id = '" + sid + "'")).isOne();
        assertThat(database.count("outbound_message"))
                .as("the retry answered nothing more")
                .isEqualTo(outboundBefore);
    }

    @Test
    void aNumberStoredBeforeV20IsConvertedAndFoundByNumber() {
        Timestamp now = Timestamp.from(clock.instant());
        String body = cipher.encrypt("hello", Binding.column("body"));
        database.update(
                "INSERT INTO person (id, phone_e164, created_at) VALUES (7, ?, ?)", ALI, now);
        database.update(
                "INSERT INTO inbound_message (channel, provider_id, from_address, to_address, body, num_media, received_at, "
                        + "processed_at, person_id) VALUES ('SMS', ?, ?, ?, ?, 0, ?, ?, 7)",
                "SM" + "8".repeat(32),
                ALI,
                TwilioWebhooks.SERVICE_NUMBER,
                body,
                now,
                now);
        database.update(
                "INSERT INTO outbound_message (person_id, channel, to_address, body, status, attempts, created_at, updated_at, "
                        + "lane) VALUES (7, 'SMS', ?, ?, 'NOT_SENT', 0, ?, ?, 'ORDINARY')",
                ALI,
                body,
                now,
                now);
        assertThat(numbersIn(everyValue(), ALI)).as("the scan sees a number in clear").hasSize(3);

        assertThat(atRest.convert()).isEqualTo(3);

        assertThat(numbersIn(everyValue(), ALI)).isEmpty();
        assertThat(atRest.convert()).as("once converted, nothing more to do").isZero();
        assertThat(people.findByNumber(ALI)).map(Person::id).contains(7L);
        assertThat(persons.findById(7L).orElseThrow().phoneE164()).isEqualTo(ALI);
        assertThat(outbound.findAll())
                .singleElement()
                .satisfies(message -> assertThat(message.toAddress()).isEqualTo(ALI));
        says(ALI, "Hello");
        awaitTexts(ALI, 1);
        assertThat(database.count("person"))
                .as("the text from the old number finds its person")
                .isOne();
    }

    @Test
    void aNumberCopiedIntoAnotherRowOrColumnIsRefused() {
        says(DEE, "Hello");
        awaitTexts(DEE, 1);
        Long dee = personId(DEE);
        Long ali = people.findOrCreate(ALI).id();
        Object deesNumber =
                database.query("SELECT phone_e164 FROM person WHERE id = ?", dee).get(0).get(0);
        Long deesText =
                database.queryForLong(
                        "SELECT MIN(id) FROM outbound_message WHERE person_id = ?", dee);

        database.update("UPDATE person SET phone_e164 = ? WHERE id = ?", deesNumber, ali);
        database.update(
                "UPDATE outbound_message SET to_address = ? WHERE id = ?", deesNumber, deesText);

        assertThatThrownBy(() -> persons.findById(ali))
                .as("another person's number under Ali's hash")
                .hasStackTraceContaining("does not match its lookup hash");
        assertThatThrownBy(() -> outbound.findById(deesText))
                .as("a person's number in a message's address")
                .hasStackTraceContaining("cannot decrypt");
        assertThat(persons.findById(dee).orElseThrow().phoneE164()).isEqualTo(DEE);
    }

    /** Every value of every column of every table, as plain JDBC reads it. */
    private List<String> everyValue() {
        List<String> values = new ArrayList<>();
        for (List<Object> table :
                database.query(
                        "SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' "
                                + "AND table_schema = COALESCE(SCHEMA(), DATABASE())")) {
            String name = table.get(0).toString();
            if (name.toLowerCase().startsWith("flyway")) {
                continue;
            }
            for (List<Object> row : database.query("SELECT * FROM " + name)) {
                row.stream()
                        .filter(Objects::nonNull)
                        .map(value -> name + ": " + value)
                        .forEach(values::add);
            }
        }
        assertThat(values).as("the scan read the tables").isNotEmpty();
        return values;
    }

    /**
     * The values holding this E.164 number in any form: +44…, 44…, 07…, its national digits, spaced
     * or not.
     */
    private static List<String> numbersIn(List<String> values, String e164) {
        String national = e164.substring(3); // 7700900321
        List<String> forms =
                List.of(
                        national,
                        national.substring(0, 4) + " " + national.substring(4),
                        "0" + national,
                        e164);
        return values.stream().filter(value -> forms.stream().anyMatch(value::contains)).toList();
    }
}
