package org.whatmatters.backend.coordinator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.security.Role;
import org.whatmatters.backend.staff.Organisation;
import org.whatmatters.backend.support.StaffApi;
import org.whatmatters.backend.support.WithAPartner;

/**
 * A partner links a person to their coordinator: what the person said is matched to the directory,
 * the partner picks or enters the right one, and the link is in the referral's history and what
 * {@link CareDirectory} tells.
 */
@MicronautTest(environments = "test", transactional = false)
class PersonCoordinatorApiTest extends WithAPartner {

    private static final String DEE = "+447700900711";

    @Inject CareDirectory directory;

    private long team(String name, boolean defaultForCrisis) {
        return partner.post(
                        "/staff/care-teams",
                        Map.of(
                                "name",
                                name,
                                "organisation",
                                "Bradford District Care NHS FT",
                                "dutyPhone",
                                "01274 228300",
                                "workingDays",
                                "MON-FRI",
                                "opensAt",
                                "09:00",
                                "closesAt",
                                "17:00",
                                "defaultForCrisis",
                                defaultForCrisis))
                .get("id")
                .asLong();
    }

    private long coordinator(String name, long teamId, String phone) {
        return partner.post(
                        "/staff/coordinators",
                        Map.of("name", name, "teamId", teamId, "phone", phone))
                .get("id")
                .asLong();
    }

    private static String coordinatorOf(Long personId) {
        return "/partner/people/" + personId + "/coordinator";
    }

    @Test
    void whatThePersonSaidFindsTheirCoordinatorFirst() {
        long north = team("Bradford North CMHT", false);
        long leeds = team("Leeds West CMHT", false);
        coordinator("Priya Sharma", north, "07700 900101");
        coordinator("Priya Shah", leeds, "07700 900102");
        long priya = coordinator("Priya Shah", north, "07700 900103");
        coordinator("Paul Shah", north, "07700 900104");
        coordinator("Zoë Quinn", leeds, "07700 900105");
        Long dee =
                referred(
                        DEE,
                        Map.of(
                                "has_coordinator",
                                "yes",
                                "coordinator_name",
                                "priya shah",
                                "coordinator_team",
                                "Bradford North CMHT",
                                "consent_share_coordinator",
                                "yes"));

        JsonNode answer = partner.get(coordinatorOf(dee));

        assertThat(answer.at("/said/name").asText()).isEqualTo("priya shah");
        assertThat(answer.at("/said/team").asText()).isEqualTo("Bradford North CMHT");
        assertThat(answer.at("/said/consentToShare").asText()).isEqualTo("yes");
        assertThat(answer.hasNonNull("linked")).as("nobody linked yet").isFalse();
        JsonNode candidates = answer.get("candidates");
        assertThat(candidates.get(0).at("/coordinator/id").asLong()).isEqualTo(priya);
        assertThat(candidates.get(0).get("nameSimilarity").asDouble()).isEqualTo(1.0);
        assertThat(candidates.get(0).get("teamSimilarity").asDouble()).isEqualTo(1.0);
        assertThat(candidates)
                .extracting(
                        c ->
                                c.at("/coordinator/name").asText()
                                        + " / "
                                        + c.at("/coordinator/team").asText())
                .as(
                        "the same name in another team next, then the same team; nobody alike in neither")
                .startsWith("Priya Shah / Bradford North CMHT", "Priya Shah / Leeds West CMHT")
                .doesNotContain("Zoë Quinn / Leeds West CMHT");
    }

    @Test
    void theSamePhoneIsTheStrongestClueAndAccentsDoNotMatter() {
        long north = team("Bradford North CMHT", false);
        coordinator("Priya Shah", north, "07700 900103");
        long zoe = coordinator("Zoë Quinn", north, "07700 900105");
        Long dee =
                referred(
                        DEE,
                        Map.of(
                                "coordinator_name",
                                "Priya",
                                "coordinator_team",
                                "Bradford North CMHT",
                                "coordinator_phone",
                                "+44 7700 900105"));
        Long amir = referred("+447700900712", Map.of("coordinator_name", "zoe quinn"));

        JsonNode byPhone = partner.get(coordinatorOf(dee)).get("candidates");
        JsonNode byName = partner.get(coordinatorOf(amir)).get("candidates");

        assertThat(byPhone.get(0).at("/coordinator/id").asLong()).isEqualTo(zoe);
        assertThat(byPhone.get(0).get("phoneMatches").asBoolean()).isTrue();
        assertThat(byName.get(0).at("/coordinator/id").asLong()).isEqualTo(zoe);
        assertThat(byName.get(0).get("nameSimilarity").asDouble()).isEqualTo(1.0);
    }

    @Test
    void linkingIsAuditedInTheReferralAndTheDirectoryFollowsIt() {
        long crisis = team("Bradford Crisis Team", true);
        long north = team("Bradford North CMHT", false);
        long priya = coordinator("Priya Shah", north, "07700 900103");
        Long dee = referred(DEE, Map.of("coordinator_name", "Priya Shah"));
        assertThat(directory.coordinatorOf(dee)).isEmpty();
        assertThat(directory.crisisTeamFor(dee).orElseThrow().id())
                .as("nobody linked: the default crisis team")
                .isEqualTo(crisis);

        JsonNode linked = partner.put(coordinatorOf(dee), Map.of("coordinatorId", priya));

        assertThat(linked.at("/linked/name").asText()).isEqualTo("Priya Shah");
        assertThat(linked.at("/linked/team").asText()).isEqualTo("Bradford North CMHT");
        JsonNode history = partner.get(referral(dee)).get("history");
        JsonNode change = history.get(history.size() - 1);
        assertThat(change.get("reasonCode").asText()).isEqualTo("COORDINATOR");
        assertThat(change.get("by").asText()).isEqualTo("staff:sam.partner");
        assertThat(change.get("reason").asText()).isEqualTo("coordinator " + priya);
        assertThat(directory.coordinatorOf(dee).orElseThrow().id()).isEqualTo(priya);
        assertThat(directory.crisisTeamFor(dee).orElseThrow().id())
                .as("their coordinator's team")
                .isEqualTo(north);
        assertThat(partner.send(HttpRequest.DELETE("/staff/coordinators/" + priya)).status())
                .as("still someone's coordinator")
                .isEqualTo(409);

        StaffApi.Answer unknown =
                partner.send(HttpRequest.PUT(coordinatorOf(dee), Map.of("coordinatorId", 99999)));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().get("problems").get(0).asText())
                .isEqualTo("coordinatorId: no coordinator 99999 in the directory");

        partner.send(HttpRequest.DELETE(coordinatorOf(dee)));
        assertThat(directory.coordinatorOf(dee)).isEmpty();
        assertThat(partner.get(referral(dee)).get("history").findValuesAsText("reason"))
                .contains("coordinator unlinked");
    }

    @Test
    void aPartnerEntersANewCoordinatorAndLinksThemInOneGo() {
        long north = team("Bradford North CMHT", false);
        Long dee =
                referred(
                        DEE,
                        Map.of(
                                "coordinator_name",
                                "Sam Okafor",
                                "coordinator_phone",
                                "07700 900150"));
        Map<String, Object> incomplete =
                new HashMap<>(Map.of("name", "Sam Okafor", "teamId", north));

        StaffApi.Answer refused = partner.send(HttpRequest.POST(coordinatorOf(dee), incomplete));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("problems").get(0).asText())
                .isEqualTo(
                        "phone: give a phone, an email or both, so the coordinator can be reached");
        assertThat(database.count("care_coordinator")).isZero();

        incomplete.put("phone", "07700 900150");
        StaffApi.Answer created = partner.send(HttpRequest.POST(coordinatorOf(dee), incomplete));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().at("/linked/name").asText()).isEqualTo("Sam Okafor");
        assertThat(created.body().get("candidates").get(0).get("phoneMatches").asBoolean())
                .isTrue();
        assertThat(directory.coordinatorOf(dee).orElseThrow().phone()).isEqualTo("+447700900150");
        assertThat(partner.get(referral(dee)).get("history").findValuesAsText("reasonCode"))
                .contains("COORDINATOR");
    }

    @Test
    void aPartnerOfAnotherOrganisationFindsNothingHere() {
        long north = team("Bradford North CMHT", false);
        long priya = coordinator("Priya Shah", north, "07700 900103");
        Long dee = referred(DEE, Map.of("coordinator_name", "Priya Shah"));
        Long other =
                organisations.save(new Organisation(null, "Another Partner", START, null)).id();
        accounts.create("olu.other", PARTNER_PASSWORD, Role.PARTNER, other, "Olu");
        StaffApi outsider = signIn("olu.other", PARTNER_PASSWORD);

        StaffApi.Answer read = outsider.send(HttpRequest.GET(coordinatorOf(dee)));
        assertThat(read.status()).isEqualTo(404);
        assertThat(String.valueOf(read.body())).doesNotContain("Priya");
        assertThat(
                        outsider.send(
                                        HttpRequest.PUT(
                                                coordinatorOf(dee), Map.of("coordinatorId", priya)))
                                .status())
                .isEqualTo(404);
        assertThat(
                        outsider.send(
                                        HttpRequest.POST(
                                                coordinatorOf(dee),
                                                Map.of(
                                                        "name",
                                                        "X",
                                                        "teamId",
                                                        north,
                                                        "phone",
                                                        "07700 900160")))
                                .status())
                .isEqualTo(404);
        assertThat(outsider.send(HttpRequest.DELETE(coordinatorOf(dee))).status()).isEqualTo(404);
        assertThat(directory.coordinatorOf(dee)).isEmpty();
        assertThat(database.query("SELECT name FROM care_coordinator"))
                .containsExactly(List.of("Priya Shah"));
    }
}
