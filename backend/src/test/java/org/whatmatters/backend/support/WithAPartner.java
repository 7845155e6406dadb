package org.whatmatters.backend.support;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.client.HttpClient;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.whatmatters.backend.person.Fact;
import org.whatmatters.backend.person.FactRepository;
import org.whatmatters.backend.person.People;
import org.whatmatters.backend.referral.Referrals;
import org.whatmatters.backend.schedule.DueWorkScheduler;
import org.whatmatters.backend.security.Role;
import org.whatmatters.backend.staff.Organisation;
import org.whatmatters.backend.staff.OrganisationRepository;
import org.whatmatters.backend.staff.StaffAccounts;

/**
 * Base for the follow-up and caseload tests: the application on a movable clock starting on a
 * Monday morning in London, the Twilio stand-in, a delivery partner (Mind in Example Town) with a
 * signed-in member of staff, and a way to bring a person to any point of their referral.
 */
public abstract class WithAPartner extends WithTwilioStandIn {

    /** Monday 23 November 2026, 10:00 in London (GMT). */
    public static final Instant START = Instant.parse("2026-11-23T10:00:00Z");

    public static final String PARTNER_PASSWORD = "partner-password-1";

    @Inject protected MovableClock clock;
    @Inject protected People people;
    @Inject protected FactRepository facts;
    @Inject protected Referrals referrals;
    @Inject protected StaffAccounts accounts;
    @Inject protected OrganisationRepository organisations;
    @Inject protected DueWorkScheduler scheduler;

    protected Long organisationId;
    protected StaffApi partner;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("test.clock-start", START.toString());
        return properties;
    }

    /**
     * Back to Monday as soon as a test ends: a poll already under way with the later time then
     * works on the finished test's rows, which the next test's clean slate removes, not on the next
     * test's.
     */
    @AfterEach
    void backToMonday() {
        timeIs(START);
    }

    @BeforeEach
    void aPartnerOnMondayMorning() {
        timeIs(START);
        organisationId =
                organisations
                        .save(new Organisation(null, "Mind in Example Town", START, null))
                        .id();
        accounts.create("sam.partner", PARTNER_PASSWORD, Role.PARTNER, organisationId, "Sam");
        partner = signIn("sam.partner", PARTNER_PASSWORD);
    }

    protected StaffApi signIn(String username, String password) {
        return StaffApi.signIn(
                context.createBean(HttpClient.class, server.getURL()).toBlocking(),
                username,
                password);
    }

    /** Someone who self-referred by text with these answers; their referral is with the partner. */
    protected Long referred(String phone, Map<String, String> answers) {
        Long personId = people.findOrCreate(phone).id();
        answers.forEach(
                (name, value) ->
                        facts.save(
                                new Fact(
                                        null,
                                        personId,
                                        name,
                                        value,
                                        "self-referral",
                                        1,
                                        "test",
                                        "sms",
                                        clock.instant())));
        referrals.selfReferred(personId);
        return personId;
    }

    /** Accepted, ordered and delivered to the person now, through the partner API. */
    protected void delivered(Long personId) {
        partner.post(referral(personId) + "/accept", Map.of("reason", "plan agreed"));
        partner.post(referral(personId) + "/order", Map.of("item", "football boots"));
        partner.post(referral(personId) + "/deliver", Map.of("to", "PERSON"));
    }

    protected static String referral(Long personId) {
        return "/partner/people/" + personId + "/referral";
    }

    protected static String followUps(Long personId) {
        return "/partner/people/" + personId + "/follow-ups";
    }

    protected JsonNode contacts(Long personId) {
        return partner.get(followUps(personId)).get("contacts");
    }

    protected JsonNode contact(Long personId, int number) {
        for (JsonNode contact : contacts(personId)) {
            if (contact.get("number").asInt() == number) {
                return contact;
            }
        }
        throw new AssertionError("no contact " + number);
    }

    protected String statusOf(Long personId, int number) {
        return contact(personId, number).get("status").asText();
    }

    /**
     * Moves the clock to {@code at}; the scheduler runs whatever fell due at its next poll.
     * Messages already on their way go first: a send in flight while days pass would look like one
     * a crashed instance let lapse.
     */
    protected void timeIs(Instant at) {
        await().atMost(Duration.ofSeconds(15))
                .until(
                        () ->
                                database == null
                                        || database.count(
                                                        "outbound_message WHERE status IN ('PENDING', 'SENDING')")
                                                == 0);
        clock.setTo(at);
        scheduler.checkNow(); // db-scheduler waits between polls by this clock: wake it when time
        // jumps
    }

    /** The texts the stand-in received for this number, in order. */
    protected List<String> textsTo(String phone) {
        return twilio.received().stream()
                .filter(text -> phone.equals(text.param("To")))
                .map(text -> text.param("Body"))
                .toList();
    }

    protected List<String> awaitTexts(String phone, int count) {
        await().atMost(Duration.ofSeconds(15)).until(() -> textsTo(phone).size() >= count);
        return textsTo(phone);
    }

    protected void awaitStatus(Long personId, int number, String status) {
        await().atMost(Duration.ofSeconds(15))
                .until(() -> statusOf(personId, number).equals(status));
    }

    /** Sends a text from the person through the signed webhook. */
    protected void says(String phone, String text) {
        webhooks.post(
                "/webhooks/twilio/sms",
                TwilioWebhooks.sms(
                        "SM" + java.util.UUID.randomUUID().toString().replace("-", ""),
                        phone,
                        text));
    }
}
