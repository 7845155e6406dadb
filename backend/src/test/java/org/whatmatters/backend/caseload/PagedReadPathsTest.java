package org.whatmatters.backend.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.whatmatters.backend.alert.Alert;
import org.whatmatters.backend.alert.AlertDelivery;
import org.whatmatters.backend.alert.AlertDeliveryRepository;
import org.whatmatters.backend.alert.AlertRepository;
import org.whatmatters.backend.alert.AlertView;
import org.whatmatters.backend.alert.Recipient;
import org.whatmatters.backend.alert.StaffAlertController;
import org.whatmatters.backend.coordinator.CareTeam;
import org.whatmatters.backend.coordinator.CareTeamRepository;
import org.whatmatters.backend.coordinator.Coordinator;
import org.whatmatters.backend.coordinator.CoordinatorRepository;
import org.whatmatters.backend.paging.PagedResponse;
import org.whatmatters.backend.person.PersonEvent;
import org.whatmatters.backend.person.PersonEvents;
import org.whatmatters.backend.referral.Referral;
import org.whatmatters.backend.referral.ReferralRepository;
import org.whatmatters.backend.security.Role;
import org.whatmatters.backend.security.SignedIn;
import org.whatmatters.backend.support.CountedQueries;
import org.whatmatters.backend.support.StaffApi;
import org.whatmatters.backend.support.WithAPartner;
import org.whatmatters.notifications.delivery.DeliveryChannel;

/**
 * The staff lists that used to read once per row ({@code /staff/alerts}, {@code
 * /coordinator/people}) read a fixed number of times per page, however many rows (statements
 * counted as Micronaut Data runs them), and page like the caseload: {@code page} and {@code size},
 * the array body kept, {@code X-Total-Count} and {@code Link} headers.
 */
@MicronautTest(environments = "test", transactional = false)
class PagedReadPathsTest extends WithAPartner {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject StaffAlertController staffAlerts;
    @Inject CoordinatorPeopleController coordinatorPeople;
    @Inject AlertRepository alerts;
    @Inject AlertDeliveryRepository deliveries;
    @Inject PersonEvents events;
    @Inject ReferralRepository referralRepository;
    @Inject CareTeamRepository teams;
    @Inject CoordinatorRepository coordinators;

    private Long priya;
    private int phones;

    @BeforeEach
    void aCoordinatorWithALogin() {
        Instant now = clock.instant();
        Long team =
                teams.save(
                                new CareTeam(
                                        null,
                                        "Bradford North CMHT",
                                        "Bradford District Care NHS FT",
                                        "+447700900901",
                                        "duty.north@nhs.example",
                                        "MON-FRI",
                                        LocalTime.of(9, 0),
                                        LocalTime.of(17, 0),
                                        true,
                                        now,
                                        now))
                        .id();
        Long login =
                accounts.create(
                                "priya.shah",
                                "coordinator-pass",
                                Role.COORDINATOR,
                                null,
                                "Priya Shah")
                        .id();
        priya =
                coordinators
                        .save(
                                new Coordinator(
                                        null,
                                        "Priya Shah",
                                        team,
                                        "+447700900902",
                                        "priya@nhs.example",
                                        DeliveryChannel.EMAIL,
                                        login,
                                        now,
                                        now))
                        .id();
    }

    @Test
    void aPartnersAlertsTakeTheSameNumberOfQueriesForThreeRowsAsForThirty() {
        alertsForThePartner(3);
        int few = CountedQueries.of(() -> partnerPage(Pageable.from(0, 100))).count();
        alertsForThePartner(27);
        CountedQueries.Counted<Page<AlertView>> many =
                CountedQueries.of(() -> partnerPage(Pageable.from(0, 100)));

        assertThat(many.result().getContent())
                .hasSize(30)
                .allSatisfy(
                        alert -> {
                            assertThat(alert.about()).isNotNull();
                            assertThat(alert.about().name()).startsWith("Person ");
                            assertThat(alert.deliveries()).hasSize(1);
                        });
        assertThat(many.count())
                .as(String.join("\n", many.statements()))
                .isEqualTo(few)
                .isLessThanOrEqualTo(5);
    }

    @Test
    void
            aCoordinatorsAlertsTakeTheSameNumberOfQueriesForThreeRowsAsForThirtyAndNameOnlyThoseThatMay() {
        alertsForTheCoordinator(3);
        int few = CountedQueries.of(() -> coordinatorAlerts(null, Pageable.from(0, 100))).count();
        List<Long> about = alertsForTheCoordinator(27);
        CountedQueries.Counted<Page<AlertView>> many =
                CountedQueries.of(() -> coordinatorAlerts(null, Pageable.from(0, 100)));

        assertThat(many.result().getContent()).hasSize(30);
        assertThat(many.result().getContent())
                .filteredOn(alert -> alert.about() != null)
                .as("2 of the first 3, 14 of the next 27")
                .hasSize(16);
        assertThat(many.count())
                .as(String.join("\n", many.statements()))
                .isEqualTo(few)
                .isLessThanOrEqualTo(7);
        Long unnamed =
                about.get(
                        1); // odd ones do not identify the person: a filter by person must not find
        // them either
        assertThat(coordinatorAlerts(unnamed, Pageable.from(0, 100)).getContent()).isEmpty();
        assertThat(coordinatorAlerts(about.get(0), Pageable.from(0, 100)).getContent()).hasSize(1);
    }

    @Test
    void
            aCoordinatorsPeopleTakeTheSameNumberOfQueriesForThreeAsForThirtyAndOnlyThoseWhoConsented() {
        sharedWithTheCoordinator(3, true);
        int few =
                CountedQueries.of(
                                () -> coordinatorPeople.page(coordinator(), Pageable.from(0, 100)))
                        .count();
        sharedWithTheCoordinator(27, true);
        sharedWithTheCoordinator(5, false);
        CountedQueries.Counted<Page<CoordinatorPeopleController.Shared>> many =
                CountedQueries.of(
                        () -> coordinatorPeople.page(coordinator(), Pageable.from(0, 100)));

        assertThat(many.result().getTotalSize()).isEqualTo(30);
        assertThat(many.result().getContent())
                .hasSize(30)
                .allSatisfy(
                        shared -> {
                            assertThat(shared.name()).startsWith("Person ");
                            assertThat(shared.answers().get("consent"))
                                    .containsEntry("consent_share_coordinator", "yes");
                        });
        assertThat(many.count())
                .as(String.join("\n", many.statements()))
                .isEqualTo(few)
                .isLessThanOrEqualTo(6);
    }

    @Test
    void theAlertsPageLikeTheCaseloadWithTheTotalAndTheNextAndPreviousPagesInTheHeaders()
            throws Exception {
        List<Long> people = alertsForThePartner(5);

        HttpResponse<String> first = get(partner, "/staff/alerts?size=2");
        JsonNode body = JSON.readTree(first.body());
        assertThat(body.isArray()).as("still the array clients read").isTrue();
        assertThat(body).hasSize(2);
        assertThat(body.get(0).get("id").asLong()).isGreaterThan(body.get(1).get("id").asLong());
        assertThat(first.header(PagedResponse.TOTAL_COUNT)).isEqualTo("5");
        assertThat(first.header("Link")).isEqualTo("</staff/alerts?page=1&size=2>; rel=\"next\"");

        HttpResponse<String> last = get(partner, "/staff/alerts?page=2&size=2");
        assertThat(JSON.readTree(last.body())).hasSize(1);
        assertThat(last.header("Link")).isEqualTo("</staff/alerts?page=1&size=2>; rel=\"prev\"");

        JsonNode everything = JSON.readTree(get(partner, "/staff/alerts").body());
        assertThat(everything)
                .as("no paging asked for: the first 100, as before for any list that size")
                .hasSize(5);

        HttpResponse<String> theirs =
                get(partner, "/staff/alerts?personId=" + people.get(3) + "&size=1");
        assertThat(JSON.readTree(theirs.body()))
                .singleElement()
                .satisfies(
                        alert ->
                                assertThat(alert.at("/about/personId").asLong())
                                        .isEqualTo(people.get(3)));
        assertThat(theirs.header(PagedResponse.TOTAL_COUNT)).isEqualTo("1");
        assertThat(theirs.header("Link")).isNull();
    }

    @Test
    void theCoordinatorsPeopleAndTheCaseloadPageTheSameWay() throws Exception {
        sharedWithTheCoordinator(3, true);
        StaffApi coordinator = signIn("priya.shah", "coordinator-pass");

        HttpResponse<String> people = get(coordinator, "/coordinator/people?page=1&size=2");
        assertThat(JSON.readTree(people.body())).hasSize(1);
        assertThat(people.header(PagedResponse.TOTAL_COUNT)).isEqualTo("3");
        assertThat(people.header("Link"))
                .isEqualTo("</coordinator/people?page=0&size=2>; rel=\"prev\"");

        HttpResponse<String> caseload =
                get(partner, "/partner/caseload?status=SELF_REFERRED&size=2");
        assertThat(JSON.readTree(caseload.body())).hasSize(2);
        assertThat(caseload.header(PagedResponse.TOTAL_COUNT)).isEqualTo("3");
        assertThat(caseload.header("Link"))
                .isEqualTo("</partner/caseload?status=SELF_REFERRED&page=1&size=2>; rel=\"next\"");
    }

    /**
     * The figures in the README (Performance): 1,000 alerts, the statements and time of one request
     * for the first page, over HTTP. Run with {@code -Dreadpaths.measure=true}.
     */
    @Test
    @EnabledIfSystemProperty(named = "readpaths.measure", matches = "true")
    void measureAThousandAlerts() {
        alertsForThePartner(1000);
        for (int warm = 0; warm < 3; warm++) {
            get(partner, "/staff/alerts");
        }
        int runs = 10;
        long started = System.nanoTime();
        CountedQueries.Counted<HttpResponse<String>> counted = null;
        for (int run = 0; run < runs; run++) {
            counted = CountedQueries.onEveryThread(() -> get(partner, "/staff/alerts"));
        }
        double millis = (System.nanoTime() - started) / 1e6 / runs;
        System.out.printf(
                "readpaths: GET /staff/alerts with 1000 alerts: %d statements, %.1f ms a request, %d bytes%n",
                counted.count(), millis, counted.result().body().length());
    }

    private Page<AlertView> partnerPage(Pageable pageable) {
        return staffAlerts.page(
                Authentication.build(
                        "sam.partner",
                        List.of(Role.Names.PARTNER),
                        Map.of(SignedIn.ORGANISATION_CLAIM, organisationId)),
                null,
                pageable);
    }

    private Page<AlertView> coordinatorAlerts(Long about, Pageable pageable) {
        return staffAlerts.page(coordinator(), about, pageable);
    }

    private static Authentication coordinator() {
        return Authentication.build("priya.shah", List.of(Role.Names.COORDINATOR));
    }

    /**
     * {@code count} people referred to the partner, one alert each (with one delivery); their ids.
     */
    private List<Long> alertsForThePartner(int count) {
        return withAlerts(count, Recipient.PARTNER, organisationId, false);
    }

    /**
     * {@code count} people, one alert each sent to the coordinator; every other one does not
     * identify them.
     */
    private List<Long> alertsForTheCoordinator(int count) {
        return withAlerts(count, Recipient.COORDINATOR, priya, true);
    }

    private List<Long> withAlerts(
            int count, Recipient recipient, Long recipientId, boolean everyOtherAnonymous) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Long person = someone(Map.of("preferred_name", "Person " + phones));
            PersonEvent event =
                    events.raise(person, "QUESTION_SKIPPED", PersonEvent.Urgency.INFO, null);
            Instant now = clock.instant();
            Alert alert =
                    alerts.save(
                            new Alert(
                                    null,
                                    event.id(),
                                    person,
                                    "CONCERN",
                                    PersonEvent.Urgency.ROUTINE,
                                    0,
                                    recipient,
                                    recipientId,
                                    "delivery partner",
                                    null,
                                    "alerts@mind.example",
                                    null,
                                    "EMAIL",
                                    false,
                                    !everyOtherAnonymous || i % 2 == 0,
                                    UUID.randomUUID().toString(),
                                    now,
                                    null,
                                    null));
            deliveries.save(
                    new AlertDelivery(
                            null,
                            alert.id(),
                            DeliveryChannel.EMAIL,
                            AlertDelivery.Status.ACCEPTED,
                            false,
                            "m-" + alert.id(),
                            null,
                            null,
                            now,
                            now));
            ids.add(person);
        }
        return ids;
    }

    private void sharedWithTheCoordinator(int count, boolean consented) {
        for (int i = 0; i < count; i++) {
            Long person =
                    someone(
                            Map.of(
                                    "preferred_name",
                                    "Person " + phones,
                                    "consent_share_coordinator",
                                    consented ? "yes" : "no",
                                    "stopped_enjoying",
                                    "football"));
            Referral referral =
                    referralRepository.findFirstByPersonIdOrderByIdDesc(person).orElseThrow();
            referralRepository.update(referral.withCoordinator(priya, clock.instant()));
        }
    }

    private Long someone(Map<String, String> answers) {
        phones++;
        return referred(String.format("+4477009%05d", phones), answers);
    }

    private HttpResponse<String> get(StaffApi who, String path) {
        return context.createBean(HttpClient.class, server.getURL())
                .toBlocking()
                .exchange(HttpRequest.GET(path).bearerAuth(who.token()), String.class);
    }
}
