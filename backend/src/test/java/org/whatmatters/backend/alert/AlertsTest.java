package org.whatmatters.backend.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.whatmatters.backend.coordinator.CareTeam;
import org.whatmatters.backend.coordinator.CareTeamRepository;
import org.whatmatters.backend.coordinator.Coordinator;
import org.whatmatters.backend.coordinator.CoordinatorRepository;
import org.whatmatters.backend.person.PersonEvent;
import org.whatmatters.backend.person.PersonEvents;
import org.whatmatters.backend.referral.Referral;
import org.whatmatters.backend.referral.ReferralRepository;
import org.whatmatters.backend.security.Role;
import org.whatmatters.backend.support.FcmOnTheWire;
import org.whatmatters.backend.support.StaffApi;
import org.whatmatters.backend.support.TwilioWebhooks;
import org.whatmatters.backend.support.WithAPartner;
import org.whatmatters.notifications.delivery.DeliveryChannel;

/**
 * Care coordinators, team duty workers and the delivery partner are told what they need: the right
 * people for each event, with and without consent; nothing personal in any text or email;
 * acknowledgement by link or API; escalation on time (urgent in minutes, routine in working days
 * with bank holidays skipped); a text that does not arrive falls back to email. Real SMTP
 * (GreenMail), the real Twilio SDK against its stand-in, a moved clock.
 */
@MicronautTest(environments = "test", transactional = false)
class AlertsTest extends WithAPartner {

    private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
    }

    private static final String PERSON_PHONE = "+447700900731";
    private static final String DUTY_PHONE = "+447700900901";
    private static final String DUTY_EMAIL = "duty.north@nhs.example";
    private static final String PRIYA_PHONE = "+447700900902";
    private static final String PRIYA_EMAIL = "priya.shah@nhs.example";
    private static final String PARTNER_EMAIL = "alerts@mind.example";
    private static final String LEAD_PHONE = "+447700900904";
    private static final String LEAD_EMAIL = "lead@mind.example";
    private static final String THEIR_WORDS = "I used to play football with my brother";

    @Inject PersonEvents events;
    @Inject CareTeamRepository teams;
    @Inject CoordinatorRepository coordinators;
    @Inject ReferralRepository referralRepository;
    @Inject PartnerContactsRepository partnerContacts;
    @Inject FcmOnTheWire fcm;

    private Long team;
    private Long priya;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("whatmatters.email.host", "localhost");
        properties.put("whatmatters.email.port", String.valueOf(SMTP.getSmtp().getPort()));
        properties.put("whatmatters.email.starttls", "false");
        properties.put("whatmatters.email.from", "WhatMatters <alerts@whatmatters.example.org>");
        properties.put("test.fcm", "on");
        return properties;
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @BeforeEach
    void aTeamACoordinatorAndThePartnersContacts() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
        Instant now = clock.instant();
        team =
                teams.save(
                                new CareTeam(
                                        null,
                                        "Bradford North CMHT",
                                        "Bradford District Care NHS FT",
                                        DUTY_PHONE,
                                        DUTY_EMAIL,
                                        "MON-FRI",
                                        LocalTime.of(9, 0),
                                        LocalTime.of(17, 0),
                                        true,
                                        now,
                                        now))
                        .id();
        priya =
                coordinators
                        .save(
                                new Coordinator(
                                        null,
                                        "Priya Shah",
                                        team,
                                        PRIYA_PHONE,
                                        PRIYA_EMAIL,
                                        DeliveryChannel.EMAIL,
                                        null,
                                        now,
                                        now))
                        .id();
        partnerContacts.save(
                new PartnerContacts(
                        organisationId,
                        PARTNER_EMAIL,
                        null,
                        "Lee Lead",
                        LEAD_EMAIL,
                        LEAD_PHONE,
                        now));
    }

    static Stream<Arguments> theTable() {
        return Stream.of(
                arguments(
                        "CRISIS",
                        PersonEvent.Urgency.URGENT,
                        true,
                        Set.of(Recipient.COORDINATOR, Recipient.DUTY_WORKER)),
                arguments(
                        "CRISIS",
                        PersonEvent.Urgency.URGENT,
                        false,
                        Set.of(Recipient.COORDINATOR, Recipient.DUTY_WORKER)),
                arguments(
                        "REFERRED",
                        PersonEvent.Urgency.ROUTINE,
                        true,
                        Set.of(Recipient.COORDINATOR)),
                arguments("REFERRED", PersonEvent.Urgency.ROUTINE, false, Set.of()),
                arguments(
                        "WHAT_MATTERS_DONE",
                        PersonEvent.Urgency.ROUTINE,
                        true,
                        Set.of(Recipient.COORDINATOR)),
                arguments("WHAT_MATTERS_DONE", PersonEvent.Urgency.ROUTINE, false, Set.of()),
                arguments(
                        "FOLLOW_UPS_DECLINED",
                        PersonEvent.Urgency.ROUTINE,
                        true,
                        Set.of(Recipient.PARTNER, Recipient.COORDINATOR)),
                arguments(
                        "FOLLOW_UPS_DECLINED",
                        PersonEvent.Urgency.ROUTINE,
                        false,
                        Set.of(Recipient.PARTNER)),
                arguments(
                        "OPTED_OUT",
                        PersonEvent.Urgency.ROUTINE,
                        true,
                        Set.of(Recipient.PARTNER, Recipient.COORDINATOR)),
                arguments(
                        "OPTED_OUT", PersonEvent.Urgency.ROUTINE, false, Set.of(Recipient.PARTNER)),
                arguments(
                        "UNREACHABLE",
                        PersonEvent.Urgency.ROUTINE,
                        true,
                        Set.of(Recipient.PARTNER, Recipient.COORDINATOR)),
                arguments(
                        "UNREACHABLE",
                        PersonEvent.Urgency.ROUTINE,
                        false,
                        Set.of(Recipient.PARTNER)),
                arguments(
                        "FEEDBACK_RECEIVED",
                        PersonEvent.Urgency.ROUTINE,
                        true,
                        Set.of(Recipient.PARTNER, Recipient.COORDINATOR)),
                arguments(
                        "FEEDBACK_RECEIVED",
                        PersonEvent.Urgency.ROUTINE,
                        false,
                        Set.of(Recipient.PARTNER)),
                arguments(
                        "DELIVERY_PROBLEM",
                        PersonEvent.Urgency.ROUTINE,
                        true,
                        Set.of(Recipient.PARTNER, Recipient.COORDINATOR)),
                arguments(
                        "DELIVERY_PROBLEM",
                        PersonEvent.Urgency.ROUTINE,
                        false,
                        Set.of(Recipient.PARTNER)),
                arguments("CONCERN", PersonEvent.Urgency.ROUTINE, true, Set.of(Recipient.PARTNER)),
                arguments(
                        "CONCERN", PersonEvent.Urgency.ROUTINE, false, Set.of(Recipient.PARTNER)));
    }

    @ParameterizedTest(name = "{0}, consented: {2} -> {3}")
    @MethodSource("theTable")
    void eachEventGoesToExactlyTheRightPeople(
            String kind, PersonEvent.Urgency urgency, boolean consented, Set<Recipient> expected) {
        Long person = personWithCoordinator(consented);

        events.raise(person, kind, urgency, null);

        List<List<Object>> alerts =
                database.query(
                        "SELECT recipient, identifying FROM alert WHERE person_id = ?", person);
        assertThat(alerts)
                .extracting(row -> Recipient.valueOf((String) row.get(0)))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(alerts)
                .as(
                        "a coordinator told of a crisis without consent may still see who it is: duty of care")
                .allSatisfy(row -> assertThat(row.get(1)).isEqualTo(true));
    }

    @Test
    void aCrisisWithNobodyInTheDirectoryStillReachesThePartnerAndItsLead() {
        coordinators.deleteAll();
        teams.deleteAll();
        Long person = referred(PERSON_PHONE, Map.of());

        events.raise(person, "CRISIS", PersonEvent.Urgency.URGENT, null);

        assertThat(database.query("SELECT recipient FROM alert WHERE person_id = ?", person))
                .extracting(row -> row.get(0))
                .containsExactlyInAnyOrder("PARTNER", "PARTNER_LEAD");
    }

    @Test
    void anUrgentAlertAcknowledgedAtMinute29StopsItsEscalation() {
        Long person = personWithCoordinator(true);
        events.raise(person, "CRISIS", PersonEvent.Urgency.URGENT, "matched en:end it");
        awaitDeliveries(
                person, 4); // coordinator: email and SMS; duty worker: SMS and email (urgent: every
        // channel)

        timeIs(START.plus(Duration.ofMinutes(29)));
        String token =
                (String)
                        database.query("SELECT token FROM alert WHERE recipient = 'COORDINATOR'")
                                .get(0)
                                .get(0);
        String page =
                anonymous()
                        .retrieve(
                                HttpRequest.POST(
                                                "/alerts/" + token + "/acknowledge",
                                                "name=Priya+Shah")
                                        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE),
                                String.class);
        assertThat(page).contains("acknowledged").contains("Priya Shah");

        timeIs(START.plus(Duration.ofMinutes(31)));
        timeIs(START.plus(Duration.ofMinutes(62)));
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> database.count("alert") == 2);
        assertThat(
                        database.query("SELECT handled_by FROM person_event WHERE kind = 'CRISIS'")
                                .get(0)
                                .get(0))
                .asString()
                .startsWith("link:coordinator")
                .endsWith(" by Priya Shah");
        assertThat(anonymous().retrieve(HttpRequest.GET("/alerts/" + token), String.class))
                .as("the page says who")
                .contains("Acknowledged at")
                .contains("by Priya Shah");
    }

    /**
     * A mail scanner that submits the forms it finds sends no name: an URGENT alert stays open and
     * escalates.
     */
    @Test
    void aPostWithoutANameDoesNotAcknowledgeAnUrgentAlertAndItStillEscalates() {
        Long person = personWithCoordinator(true);
        events.raise(person, "CRISIS", PersonEvent.Urgency.URGENT, "matched en:end it");
        awaitDeliveries(person, 4);
        String token =
                (String)
                        database.query("SELECT token FROM alert WHERE recipient = 'COORDINATOR'")
                                .get(0)
                                .get(0);
        String path = "/alerts/" + token + "/acknowledge";

        assertThat(
                        anonymousStatus(
                                HttpRequest.POST(path, "")
                                        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)))
                .isEqualTo(400);
        assertThat(
                        anonymousStatus(
                                HttpRequest.POST(path, "name=+&x=1")
                                        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)))
                .isEqualTo(400);
        assertThat(
                        anonymousStatus(
                                HttpRequest.POST(path, "name=%zz")
                                        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)))
                .isEqualTo(400);
        assertThat(
                        anonymousStatus(
                                HttpRequest.POST(path, "").contentType(MediaType.TEXT_PLAIN_TYPE)))
                .isEqualTo(400);
        assertThat(
                        anonymousStatus(
                                HttpRequest.POST(path, "{}")
                                        .contentType(MediaType.APPLICATION_JSON_TYPE)))
                .isEqualTo(400);

        assertThat(
                        database.query("SELECT acknowledged_at FROM alert WHERE token = ?", token)
                                .get(0)
                                .get(0))
                .isNull();
        assertThat(
                        database.query("SELECT handled_at FROM person_event WHERE kind = 'CRISIS'")
                                .get(0)
                                .get(0))
                .isNull();
        timeIs(START.plus(Duration.ofMinutes(30)).plusSeconds(1));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> database.count("alert WHERE level = 1") == 1);
    }

    @Test
    void aRoutineAlertIsAcknowledgedWithItsOneButton() {
        Long person = personWithCoordinator(true);
        events.raise(person, "FEEDBACK_RECEIVED", PersonEvent.Urgency.ROUTINE, "follow-up-3");
        String token =
                (String)
                        database.query("SELECT token FROM alert WHERE recipient = 'COORDINATOR'")
                                .get(0)
                                .get(0);
        assertThat(anonymous().retrieve(HttpRequest.GET("/alerts/" + token), String.class))
                .doesNotContain("name=\"name\"");

        String page =
                anonymous()
                        .retrieve(
                                HttpRequest.POST("/alerts/" + token + "/acknowledge", "")
                                        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE),
                                String.class);

        assertThat(page).contains("acknowledged");
        assertThat(
                        database.query(
                                        "SELECT handled_by FROM person_event WHERE kind = 'FEEDBACK_RECEIVED'")
                                .get(0)
                                .get(0))
                .isEqualTo(
                        "link:coordinator:"
                                + database.queryForLong(
                                        "SELECT id FROM alert WHERE token = ?", token));
    }

    @Test
    void anUnacknowledgedUrgentAlertGoesToTheDutyWorkerAt30MinutesThenThePartnerLead() {
        Long person = personWithCoordinator(true);
        events.raise(person, "CRISIS", PersonEvent.Urgency.URGENT, "matched en:end it");
        awaitDeliveries(person, 4);

        timeIs(START.plus(Duration.ofMinutes(29)));
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(4))
                .until(() -> database.count("alert") == 2);
        timeIs(START.plus(Duration.ofMinutes(30)).plusSeconds(1));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> database.count("alert WHERE level = 1") == 1);
        awaitDeliveries(person, 6);
        assertThat(deliveriesAt(1)).containsExactlyInAnyOrder("SMS:ACCEPTED", "EMAIL:ACCEPTED");
        assertThat(database.query("SELECT recipient FROM alert WHERE level = 1").get(0).get(0))
                .isEqualTo("DUTY_WORKER");

        timeIs(START.plus(Duration.ofMinutes(60)).plusSeconds(1));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> database.count("alert WHERE level = 2") == 1);
        assertThat(
                        database.query("SELECT recipient, phone, email FROM alert WHERE level = 2")
                                .get(0))
                .containsExactly("PARTNER_LEAD", LEAD_PHONE, LEAD_EMAIL);
    }

    @Test
    void aRoutineAlertEscalatesAfterTwoWorkingDaysSkippingChristmasAndTheSubstituteBoxingDay() {
        timeIs(Instant.parse("2026-12-24T16:00:00Z")); // Thursday, Christmas Eve, in team hours
        Long person = personWithCoordinator(true);

        events.raise(person, "UNREACHABLE", PersonEvent.Urgency.ROUTINE, "follow-up contact 1");

        // Fri 25 (Christmas), Sat, Sun, Mon 28 (Boxing Day's substitute) are not working days: Tue
        // 29 is one, Wed 30 two
        timeIs(Instant.parse("2026-12-30T15:59:00Z"));
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(4))
                .until(() -> database.count("alert WHERE level = 1") == 0);
        timeIs(Instant.parse("2026-12-30T16:00:01Z"));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> database.count("alert WHERE level = 1") == 1);
        assertThat(database.query("SELECT recipient, phone FROM alert WHERE level = 1").get(0))
                .containsExactly("DUTY_WORKER", DUTY_PHONE);
    }

    @Test
    void theEmailSaysHowUrgentAndWhereToLookAndNothingAboutThePerson() throws Exception {
        Long person = personWithCoordinator(true);

        events.raise(person, "FEEDBACK_RECEIVED", PersonEvent.Urgency.ROUTINE, "follow-up-3");

        await().atMost(Duration.ofSeconds(10))
                .until(() -> SMTP.getReceivedMessagesForDomain("nhs.example").length == 1);
        MimeMessage email = SMTP.getReceivedMessagesForDomain("nhs.example")[0];
        String body = GreenMailUtil.getBody(email);
        String token =
                (String)
                        database.query("SELECT token FROM alert WHERE recipient = 'COORDINATOR'")
                                .get(0)
                                .get(0);
        assertThat(email.getAllRecipients()[0].toString()).isEqualTo(PRIYA_EMAIL);
        assertThat(email.getSubject())
                .isEqualTo("WhatMatters: something for you to look at (routine)");
        assertThat(body)
                .contains("https://whatmatters.example.org/alerts/" + token)
                .contains("no personal details");
        assertNothingPersonal(body + email.getSubject());
        await().atMost(Duration.ofSeconds(10))
                .until(() -> SMTP.getReceivedMessagesForDomain("mind.example").length == 1);
        assertNothingPersonal(
                GreenMailUtil.getBody(SMTP.getReceivedMessagesForDomain("mind.example")[0]));
    }

    @Test
    void textsToStaffCarryNothingPersonalEither() {
        Long person = personWithCoordinator(true);

        events.raise(person, "CRISIS", PersonEvent.Urgency.URGENT, "matched en:end it");

        await().atMost(Duration.ofSeconds(10))
                .until(() -> textsTo(DUTY_PHONE).size() == 1 && textsTo(PRIYA_PHONE).size() == 1);
        assertThat(textsTo(DUTY_PHONE).get(0))
                .startsWith(
                        "WhatMatters: an URGENT alert needs you now. Open https://whatmatters.example.org/alerts/");
        assertNothingPersonal(textsTo(DUTY_PHONE).get(0) + textsTo(PRIYA_PHONE).get(0));
    }

    @Test
    void aTextTwilioCouldNotDeliverFallsBackToEmail() {
        Long person = personWithCoordinator(true);
        Coordinator byText = coordinators.findById(priya).orElseThrow();
        coordinators.update(
                new Coordinator(
                        byText.id(),
                        byText.name(),
                        byText.teamId(),
                        byText.phone(),
                        byText.email(),
                        DeliveryChannel.SMS,
                        null,
                        byText.createdAt(),
                        byText.updatedAt()));

        events.raise(person, "UNREACHABLE", PersonEvent.Urgency.ROUTINE, "follow-up contact 1");
        await().atMost(Duration.ofSeconds(10)).until(() -> textsTo(PRIYA_PHONE).size() == 1);
        assertThat(SMTP.getReceivedMessagesForDomain("nhs.example")).isEmpty();
        String sid =
                (String)
                        database.query(
                                        "SELECT provider_id FROM alert_delivery WHERE channel = 'SMS'")
                                .get(0)
                                .get(0);

        webhooks.post(
                "/webhooks/twilio/status", TwilioWebhooks.status(sid, "undelivered", "30003"));

        await().atMost(Duration.ofSeconds(10))
                .until(() -> SMTP.getReceivedMessagesForDomain("nhs.example").length == 1);
        await().atMost(Duration.ofSeconds(10))
                .until(
                        () ->
                                database.count("alert_delivery WHERE status = 'SENDING'")
                                        == 0); // recorded after the relay took it
        assertThat(
                        database.query(
                                "SELECT channel, status, error_code FROM alert_delivery d JOIN alert a ON a.id = d.alert_id "
                                        + "WHERE a.recipient = 'COORDINATOR' ORDER BY d.id"))
                .containsExactly(
                        List.of("SMS", "FAILED", "30003"),
                        java.util.Arrays.asList("EMAIL", "ACCEPTED", null));
    }

    @Test
    void aPushToACoordinatorsPhoneGoesThroughFcmWithNothingPersonalInIt() {
        Long person = personWithCoordinator(true);
        StaffApi coordinatorApi = coordinatorWithAccount(DeliveryChannel.PUSH);
        coordinatorApi.send(
                HttpRequest.POST("/staff/me/devices", Map.of("token", "device-token-priya")));
        int before = fcm.wire().sent().size();

        events.raise(person, "FEEDBACK_RECEIVED", PersonEvent.Urgency.ROUTINE, "follow-up-3");

        await().atMost(Duration.ofSeconds(10)).until(() -> fcm.wire().sent().size() == before + 1);
        var sent = fcm.wire().sent().get(before);
        assertThat(sent.url())
                .isEqualTo(
                        "https://fcm.googleapis.com/v1/projects/"
                                + FcmOnTheWire.PROJECT
                                + "/messages:send");
        assertThat(sent.body())
                .contains("device-token-priya")
                .contains("https://whatmatters.example.org/alerts/");
        assertNothingPersonal(sent.body());
        await().atMost(Duration.ofSeconds(5))
                .until(() -> deliveriesOf("COORDINATOR").equals(List.of("PUSH:ACCEPTED")));
        assertThat(SMTP.getReceivedMessagesForDomain("nhs.example"))
                .as("the first channel that works is enough")
                .isEmpty();
    }

    @Test
    void aPhoneFcmNoLongerKnowsIsForgottenAndTheAlertGoesByTheNextChannel() {
        Long person = personWithCoordinator(true);
        StaffApi coordinatorApi = coordinatorWithAccount(DeliveryChannel.PUSH);
        coordinatorApi.send(
                HttpRequest.POST("/staff/me/devices", Map.of("token", "device-token-gone")));
        fcm.wire().failNext(404, "NOT_FOUND", "UNREGISTERED", "Requested entity was not found.");

        events.raise(person, "FEEDBACK_RECEIVED", PersonEvent.Urgency.ROUTINE, "follow-up-3");

        await().atMost(Duration.ofSeconds(10)).until(() -> deliveriesOf("COORDINATOR").size() == 2);
        assertThat(
                        database.query(
                                "SELECT d.channel, d.status, d.error_code FROM alert_delivery d JOIN alert a ON a.id = d.alert_id "
                                        + "WHERE a.recipient = 'COORDINATOR' ORDER BY d.id"))
                .containsExactly(
                        List.of("PUSH", "FAILED", "unregistered"),
                        java.util.Arrays.asList("SMS", "ACCEPTED", null));
        assertThat(textsTo(PRIYA_PHONE)).hasSize(1);
        assertThat(database.count("staff_device")).isZero();
    }

    @Test
    void aPartnerSetsWhereItsAlertsGoAndOnlyItsOwn() {
        String path = "/staff/organisations/" + organisationId + "/alert-contacts";

        StaffApi.Answer bad =
                partner.send(HttpRequest.PUT(path, Map.of("alertEmail", "alerts@mind..example")));
        JsonNode saved =
                partner.put(
                        path,
                        Map.of(
                                "alertEmail",
                                "team@mind.example",
                                "alertPhone",
                                "07700 900905",
                                "leadName",
                                "Lee Lead",
                                "leadEmail",
                                LEAD_EMAIL));

        assertThat(bad.status()).isEqualTo(400);
        assertThat(saved.get("alertPhone").asText()).as("kept in E.164").isEqualTo("+447700900905");
        assertThat(partnerContacts.findById(organisationId).orElseThrow().alertEmail())
                .isEqualTo("team@mind.example");
        Long other =
                organisations
                        .save(
                                new org.whatmatters.backend.staff.Organisation(
                                        null, "Another Partner", START, null))
                        .id();
        assertThat(
                        partner.send(
                                        HttpRequest.PUT(
                                                "/staff/organisations/" + other + "/alert-contacts",
                                                Map.of("alertEmail", "x@y.example")))
                                .status())
                .isEqualTo(403);
    }

    @Test
    void theLinkPageShowsNothingPersonalAndAGetDoesNotAcknowledge() {
        Long person = personWithCoordinator(true);
        events.raise(person, "CRISIS", PersonEvent.Urgency.URGENT, "matched en:end it");
        String token =
                (String)
                        database.query("SELECT token FROM alert WHERE recipient = 'DUTY_WORKER'")
                                .get(0)
                                .get(0);

        String page = anonymous().retrieve(HttpRequest.GET("/alerts/" + token), String.class);

        assertThat(page)
                .contains("URGENT alert")
                .contains("Acknowledge")
                .contains("name=\"name\"")
                .contains("Your name");
        assertNothingPersonal(page);
        assertThat(
                        database.query("SELECT handled_at FROM person_event WHERE kind = 'CRISIS'")
                                .get(0)
                                .get(0))
                .isNull();
        assertThat(anonymousStatus(HttpRequest.GET("/alerts/not-a-real-token"))).isEqualTo(404);
    }

    @Test
    void thePartnerSeesEverySendAckAndEscalationAndACoordinatorOnlyTheirOwn() {
        Long person = personWithCoordinator(false);
        StaffApi coordinatorApi = coordinatorWithAccount();
        events.raise(person, "UNREACHABLE", PersonEvent.Urgency.ROUTINE, "follow-up contact 1");
        events.raise(person, "CRISIS", PersonEvent.Urgency.URGENT, "matched en:end it");
        awaitDeliveries(person, 5);

        JsonNode forPartner = partner.get("/staff/alerts");
        assertThat(forPartner).hasSize(3);
        assertThat(forPartner)
                .allSatisfy(
                        alert -> {
                            assertThat(alert.get("deliveries")).isNotEmpty();
                            assertThat(alert.at("/about/phone").asText()).isEqualTo(PERSON_PHONE);
                        });

        JsonNode forCoordinator = coordinatorApi.get("/staff/alerts");
        assertThat(forCoordinator)
                .as("without consent: only the crisis")
                .singleElement()
                .satisfies(
                        alert -> {
                            assertThat(alert.get("kind").asText()).isEqualTo("CRISIS");
                            assertThat(alert.at("/about/phone").asText())
                                    .as("duty of care")
                                    .isEqualTo(PERSON_PHONE);
                        });
        long crisisAlert = forCoordinator.get(0).get("id").asLong();
        coordinatorApi.post("/staff/alerts/" + crisisAlert + "/acknowledge", Map.of());
        assertThat(
                        database.query("SELECT handled_by FROM person_event WHERE kind = 'CRISIS'")
                                .get(0)
                                .get(0))
                .isEqualTo("staff:priya.shah");
        long partnersAlert =
                forPartner.findValues("id").stream()
                        .mapToLong(JsonNode::asLong)
                        .filter(id -> id != crisisAlert)
                        .min()
                        .orElseThrow();
        assertThat(
                        coordinatorApi
                                .send(
                                        HttpRequest.POST(
                                                "/staff/alerts/" + partnersAlert + "/acknowledge",
                                                Map.of()))
                                .status())
                .isEqualTo(404);
        assertThat(coordinatorApi.send(HttpRequest.GET("/partner/people/" + person)).status())
                .isEqualTo(403);
    }

    @Test
    void aCoordinatorLinkedToAPersonWhoConsentedIsToldOfTheNewSelfReferralAndOtherwiseNot() {
        Long consenting = referred(PERSON_PHONE, Map.of("consent_share_coordinator", "yes"));
        Long declining = referred("+447700900733", Map.of("consent_share_coordinator", "no"));

        for (Long person : List.of(consenting, declining)) {
            partner.put(
                    "/partner/people/" + person + "/coordinator", Map.of("coordinatorId", priya));
        }

        assertThat(database.query("SELECT person_id, recipient, kind FROM alert"))
                .containsExactly(List.of(consenting, "COORDINATOR", "REFERRED"));
        assertThat(partner.get("/partner/people/" + consenting).at("/coordinator/team").asText())
                .isEqualTo("Bradford North CMHT");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> SMTP.getReceivedMessagesForDomain("nhs.example").length == 1);
    }

    @Test
    void aCoordinatorSeesTheAnswersOfPeopleWhoConsentedAndNobodyElse() {
        Long consenting = personWithCoordinator(true);
        Long other =
                referred(
                        "+447700900732",
                        Map.of("preferred_name", "Sam", "consent_share_coordinator", "no"));
        Referral theirs = referralRepository.findFirstByPersonIdOrderByIdDesc(other).orElseThrow();
        referralRepository.update(theirs.withCoordinator(priya, clock.instant()));
        StaffApi coordinatorApi = coordinatorWithAccount();

        JsonNode mine = coordinatorApi.get("/coordinator/people");

        assertThat(mine)
                .singleElement()
                .satisfies(
                        shared -> {
                            assertThat(shared.get("personId").asLong()).isEqualTo(consenting);
                            assertThat(shared.at("/answers/whatMatters/stopped_enjoying").asText())
                                    .isEqualTo(THEIR_WORDS);
                        });
        assertThat(coordinatorApi.send(HttpRequest.GET("/coordinator/people/" + other)).status())
                .isEqualTo(404);
        assertThat(partner.send(HttpRequest.GET("/coordinator/people")).status())
                .as("partners use their own API")
                .isEqualTo(403);
    }

    private StaffApi coordinatorWithAccount() {
        return coordinatorWithAccount(DeliveryChannel.EMAIL);
    }

    private StaffApi coordinatorWithAccount(DeliveryChannel preferred) {
        accounts.create("priya.shah", "coordinator-pass", Role.COORDINATOR, null, "Priya Shah");
        Long account =
                database.queryForLong("SELECT id FROM staff_account WHERE username = 'priya.shah'");
        Coordinator coordinator = coordinators.findById(priya).orElseThrow();
        coordinators.update(
                new Coordinator(
                        coordinator.id(),
                        coordinator.name(),
                        coordinator.teamId(),
                        coordinator.phone(),
                        coordinator.email(),
                        preferred,
                        account,
                        coordinator.createdAt(),
                        coordinator.updatedAt()));
        return signIn("priya.shah", "coordinator-pass");
    }

    private List<String> deliveriesOf(String recipient) {
        return database
                .query(
                        "SELECT d.channel, d.status FROM alert_delivery d JOIN alert a ON a.id = d.alert_id WHERE a.recipient = ? ORDER BY d.id",
                        recipient)
                .stream()
                .map(row -> row.get(0) + ":" + row.get(1))
                .toList();
    }

    private Long personWithCoordinator(boolean consented) {
        Long person =
                referred(
                        PERSON_PHONE,
                        Map.of(
                                "preferred_name",
                                "Dee",
                                "stopped_enjoying",
                                THEIR_WORDS,
                                "consent_share_coordinator",
                                consented ? "yes" : "no"));
        Referral referral =
                referralRepository.findFirstByPersonIdOrderByIdDesc(person).orElseThrow();
        referralRepository.update(
                referral.withCoordinator(
                        priya, clock.instant())); // linked as a partner would, without its alert
        assertThat(database.count("alert")).as("nothing yet").isZero();
        return person;
    }

    private void awaitDeliveries(Long person, int count) {
        await().atMost(Duration.ofSeconds(10))
                .until(
                        () ->
                                database.queryForLong(
                                                "SELECT COUNT(*) FROM alert_delivery d JOIN alert a ON a.id = d.alert_id WHERE a.person_id = ?"
                                                        + " AND d.status <> 'SENDING'",
                                                person)
                                        >= count); // answered by the provider (sends run on their
        // own threads)
    }

    private List<String> deliveriesAt(int level) {
        return database
                .query(
                        "SELECT d.channel, d.status FROM alert_delivery d JOIN alert a ON a.id = d.alert_id WHERE a.level = ?",
                        level)
                .stream()
                .map(row -> row.get(0) + ":" + row.get(1))
                .toList();
    }

    private static void assertNothingPersonal(String text) {
        assertThat(text)
                .doesNotContain(PERSON_PHONE)
                .doesNotContain(PERSON_PHONE.substring(3))
                .doesNotContain("Dee")
                .doesNotContain("football")
                .doesNotContain("end it")
                .doesNotContainIgnoringCase("crisis");
    }

    private io.micronaut.http.client.BlockingHttpClient anonymous() {
        return context.createBean(HttpClient.class, server.getURL()).toBlocking();
    }

    private int anonymousStatus(HttpRequest<?> request) {
        try {
            return anonymous().exchange(request, String.class).code();
        } catch (io.micronaut.http.client.exceptions.HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }
}
