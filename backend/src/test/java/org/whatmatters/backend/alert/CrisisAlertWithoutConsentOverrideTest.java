package org.whatmatters.backend.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.coordinator.CareTeam;
import org.whatmatters.backend.coordinator.CareTeamRepository;
import org.whatmatters.backend.coordinator.Coordinator;
import org.whatmatters.backend.coordinator.CoordinatorRepository;
import org.whatmatters.backend.person.PersonEvent;
import org.whatmatters.backend.person.PersonEvents;
import org.whatmatters.backend.referral.Referral;
import org.whatmatters.backend.referral.ReferralRepository;
import org.whatmatters.backend.security.Role;
import org.whatmatters.backend.support.StaffApi;
import org.whatmatters.backend.support.WithAPartner;
import org.whatmatters.notifications.delivery.DeliveryChannel;

/**
 * A deployment whose policy is not to identify a person to their coordinator without consent, even
 * in a crisis ({@code ALERTS_CRISIS_OVERRIDES_CONSENT=false}, hazard H13): the crisis alert is
 * still sent to the coordinator and the duty worker at once, but the coordinator without consent is
 * not told who it is about. With consent they are.
 */
@MicronautTest(environments = "test", transactional = false)
class CrisisAlertWithoutConsentOverrideTest extends WithAPartner {

    private static final String PERSON_PHONE = "+447700900751";

    @Inject PersonEvents events;
    @Inject CareTeamRepository teams;
    @Inject CoordinatorRepository coordinators;
    @Inject ReferralRepository referralRepository;

    private Long priya;
    private StaffApi priyaApi;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("whatmatters.alerts.crisis-overrides-consent", "false");
        return properties;
    }

    @BeforeEach
    void aTeamAndACoordinatorWithAnAccount() {
        Instant now = clock.instant();
        Long team =
                teams.save(
                                new CareTeam(
                                        null,
                                        "Bradford North CMHT",
                                        "Bradford District Care NHS FT",
                                        "+447700900911",
                                        null,
                                        "MON-FRI",
                                        LocalTime.of(9, 0),
                                        LocalTime.of(17, 0),
                                        true,
                                        now,
                                        now))
                        .id();
        accounts.create("priya.shah", "coordinator-pass", Role.COORDINATOR, null, "Priya Shah");
        Long account =
                database.queryForLong("SELECT id FROM staff_account WHERE username = 'priya.shah'");
        priya =
                coordinators
                        .save(
                                new Coordinator(
                                        null,
                                        "Priya Shah",
                                        team,
                                        "+447700900912",
                                        null,
                                        DeliveryChannel.SMS,
                                        account,
                                        now,
                                        now))
                        .id();
        priyaApi = signIn("priya.shah", "coordinator-pass");
    }

    @Test
    void withoutConsentTheCrisisAlertStillGoesButDoesNotSayWhoItIsAboutToTheCoordinator() {
        Long person = linkedToPriya(false);

        events.raise(person, "CRISIS", PersonEvent.Urgency.URGENT, "matched en:end it");

        assertThat(
                        database.query(
                                "SELECT recipient, identifying FROM alert WHERE person_id = ? ORDER BY recipient",
                                person))
                .containsExactly(List.of("COORDINATOR", false), List.of("DUTY_WORKER", true));
        JsonNode theirs = priyaApi.get("/staff/alerts");
        assertThat(theirs)
                .singleElement()
                .satisfies(
                        alert -> {
                            assertThat(alert.get("kind").asText()).isEqualTo("CRISIS");
                            assertThat(alert.get("about") == null || alert.get("about").isNull())
                                    .as("not who it is about")
                                    .isTrue();
                            assertThat(alert.toString()).doesNotContain(PERSON_PHONE);
                        });
        assertThat(awaitTexts("+447700900912", 1))
                .as("the coordinator is still told at once")
                .hasSize(1);
    }

    @Test
    void withConsentTheCoordinatorIsToldWhoItIsAbout() {
        Long person = linkedToPriya(true);

        events.raise(person, "CRISIS", PersonEvent.Urgency.URGENT, "matched en:end it");

        assertThat(
                        database.query(
                                "SELECT recipient, identifying FROM alert WHERE person_id = ? ORDER BY recipient",
                                person))
                .containsExactly(List.of("COORDINATOR", true), List.of("DUTY_WORKER", true));
        assertThat(priyaApi.get("/staff/alerts").get(0).at("/about/phone").asText())
                .isEqualTo(PERSON_PHONE);
    }

    private Long linkedToPriya(boolean consented) {
        Long person =
                referred(
                        PERSON_PHONE,
                        Map.of("consent_share_coordinator", consented ? "yes" : "no"));
        Referral referral =
                referralRepository.findFirstByPersonIdOrderByIdDesc(person).orElseThrow();
        referralRepository.update(referral.withCoordinator(priya, clock.instant()));
        return person;
    }
}
