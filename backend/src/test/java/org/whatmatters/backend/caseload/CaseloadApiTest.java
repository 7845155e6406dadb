package org.whatmatters.backend.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.person.PersonEvent;
import org.whatmatters.backend.person.PersonEvents;
import org.whatmatters.backend.security.Role;
import org.whatmatters.backend.staff.Organisation;
import org.whatmatters.backend.support.StaffApi;
import org.whatmatters.backend.support.WithAPartner;

/**
 * The delivery partner's API: caseload with its filters, a person's summary in their own words, the
 * transcript, notes, and the referral lifecycle — each scoped to the partner's organisation.
 */
@MicronautTest(environments = "test", transactional = false)
class CaseloadApiTest extends WithAPartner {

    private static final String DEE = "+447700900711";
    private static final String AMIR = "+447700900712";

    @Inject PersonEvents events;

    @Test
    void theCaseloadListsTheirPeopleAndFiltersByStatusDueTodayAndCrisis() {
        Long dee = referred(DEE, Map.of("preferred_name", "Dee"));
        Long amir = referred(AMIR, Map.of("preferred_name", "Amir"));
        delivered(dee);
        events.raise(amir, "CRISIS", PersonEvent.Urgency.URGENT, "matched en:end it");

        JsonNode all = partner.get("/partner/caseload");

        assertThat(all)
                .extracting(e -> e.get("name").asText(), e -> e.get("status").asText())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Dee", "DELIVERED"),
                        org.assertj.core.groups.Tuple.tuple("Amir", "SELF_REFERRED"));
        assertThat(names(partner.get("/partner/caseload?status=SELF_REFERRED")))
                .containsExactly("Amir");
        assertThat(names(partner.get("/partner/caseload?crisis=true"))).containsExactly("Amir");
        assertThat(names(partner.get("/partner/caseload?due=TODAY"))).isEmpty();
        timeIs(Instant.parse("2026-11-26T08:00:00Z"));
        assertThat(names(partner.get("/partner/caseload?due=TODAY"))).containsExactly("Dee");
        JsonNode deeEntry = partner.get("/partner/caseload?status=DELIVERED").get(0);
        assertThat(deeEntry.get("nextContact").get("dueLocal").asText())
                .isEqualTo("2026-11-26 10:00");
    }

    @Test
    void aPersonsSummaryHasWhatMattersInTheirOwnWordsPreferencesConsentAndCoordinator() {
        Long dee =
                referred(
                        DEE,
                        Map.of(
                                "preferred_name",
                                "Dee",
                                "stopped_enjoying",
                                "I used to play football on Sundays",
                                "contact_channel",
                                "phone",
                                "consent_share_coordinator",
                                "yes",
                                "coordinator_name",
                                "Priya Shah"));

        JsonNode summary = partner.get("/partner/people/" + dee);

        assertThat(summary.get("phone").asText()).isEqualTo(DEE);
        assertThat(summary.at("/answers/whatMatters/stopped_enjoying").asText())
                .isEqualTo("I used to play football on Sundays");
        assertThat(summary.at("/answers/keepingInTouch/contact_channel").asText())
                .isEqualTo("phone");
        assertThat(summary.at("/answers/consent/consent_share_coordinator").asText())
                .isEqualTo("yes");
        assertThat(summary.at("/answers/careCoordinator/coordinator_name").asText())
                .isEqualTo("Priya Shah");
        assertThat(summary.at("/referral/status").asText()).isEqualTo("SELF_REFERRED");
    }

    @Test
    void theTranscriptHasEveryMessageBothWaysInOrder() {
        says(DEE, "Hello");
        awaitTexts(DEE, 2);
        says(DEE, "1");
        awaitTexts(DEE, 4);
        Long dee = people.findOrCreate(DEE).id();
        referrals.selfReferred(dee);

        JsonNode transcript = partner.get("/partner/people/" + dee + "/transcript");

        assertThat(transcript)
                .extracting(m -> m.get("direction").asText())
                .containsExactly(
                        "from person",
                        "to person",
                        "to person",
                        "from person",
                        "to person",
                        "to person");
        assertThat(transcript.get(0).get("text").asText()).isEqualTo("Hello");
        assertThat(transcript.get(3).get("text").asText()).isEqualTo("1");
        assertThat(transcript.get(1).get("text").asText())
                .startsWith("Hello, this is WhatMatters.");
        assertThat(transcript.get(1).get("status").asText()).isEqualTo("queued");
    }

    @Test
    void notesAreKeptPerOrganisationAndEncryptedAtRest() {
        Long dee = referred(DEE, Map.of());

        partner.post(
                "/partner/people/" + dee + "/notes",
                Map.of("text", "Prefers calls after 11; dog barks at the door"));

        assertThat(partner.get("/partner/people/" + dee + "/notes"))
                .singleElement()
                .satisfies(
                        note -> {
                            assertThat(note.get("body").asText())
                                    .isEqualTo("Prefers calls after 11; dog barks at the door");
                            assertThat(note.get("author").asText()).isEqualTo("sam.partner");
                        });
        assertThat(database.query("SELECT body FROM person_note").get(0).get(0).toString())
                .doesNotContain("dog");
    }

    @Test
    void theLifecycleRefusesStepsOutOfOrderAndRecordsWhoWhenAndWhy() {
        Long dee = referred(DEE, Map.of());

        assertThat(
                        partner.send(
                                        HttpRequest.POST(
                                                referral(dee) + "/deliver", Map.of("to", "PERSON")))
                                .status())
                .isEqualTo(409);
        partner.post(
                referral(dee) + "/accept",
                Map.of(
                        "namedContact",
                        "Sam at Mind in Example Town",
                        "reason",
                        "plan agreed with Dee"));
        partner.post(referral(dee) + "/order", Map.of("item", "laptop for the college course"));
        StaffApi.Answer noSigner =
                partner.send(
                        HttpRequest.POST(referral(dee) + "/deliver", Map.of("to", "WARD_STAFF")));
        assertThat(noSigner.status()).isEqualTo(400);
        partner.post(
                referral(dee) + "/deliver",
                Map.of("to", "WARD_STAFF", "signedForBy", "Nurse Okafor, Ward 4"));

        JsonNode referral = partner.get(referral(dee));
        assertThat(referral.get("status").asText()).isEqualTo("DELIVERED");
        assertThat(referral.get("signedForBy").asText()).isEqualTo("Nurse Okafor, Ward 4");
        assertThat(referral.get("history"))
                .extracting(c -> c.get("to").asText(), c -> c.get("by").asText())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("SELF_REFERRED", "service"),
                        org.assertj.core.groups.Tuple.tuple("ACCEPTED", "staff:sam.partner"),
                        org.assertj.core.groups.Tuple.tuple("ITEM_ORDERED", "staff:sam.partner"),
                        org.assertj.core.groups.Tuple.tuple("DELIVERED", "staff:sam.partner"));
        assertThat(referral.get("history").get(1).get("reason").asText())
                .isEqualTo("plan agreed with Dee");
        assertThat(database.query("SELECT item FROM referral").get(0).get(0).toString())
                .doesNotContain("laptop");
        says(DEE, "STATUS");
        assertThat(awaitTexts(DEE, 5))
                .contains(
                        "Your item has been delivered. We'll check in with you to see how it's going.",
                        "Your contact is Sam at Mind in Example Town. Reply TALK if you'd like a call.");
    }

    @Test
    void aDeclineKeepsItsReasonCodeForAnalysisAndStopsFollowUps() {
        Long dee = referred(DEE, Map.of());

        assertThat(
                        partner.send(
                                        HttpRequest.POST(
                                                referral(dee) + "/decline",
                                                Map.of("code", "OTHER")))
                                .status())
                .isEqualTo(400);
        JsonNode declined =
                partner.post(
                        referral(dee) + "/decline",
                        Map.of("code", "EXCLUDED_ITEM", "reason", "asked for help with a debt"));

        assertThat(declined.get("declineReason").asText()).isEqualTo("EXCLUDED_ITEM");
        assertThat(declined.get("history").get(1).get("reasonCode").asText())
                .isEqualTo("EXCLUDED_ITEM");
        assertThat(partner.send(HttpRequest.POST(referral(dee) + "/accept", Map.of())).status())
                .isEqualTo(409);
        assertThat(textsTo(DEE)).as("a decline is explained by a person, not a text").isEmpty();
    }

    @Test
    void aPartnerOfAnotherOrganisationFindsNoneOfThisPersonsData() {
        Long dee = referred(DEE, Map.of("preferred_name", "Dee"));
        Long other =
                organisations.save(new Organisation(null, "Another Partner", START, null)).id();
        accounts.create("olu.other", PARTNER_PASSWORD, Role.PARTNER, other, "Olu");
        StaffApi outsider = signIn("olu.other", PARTNER_PASSWORD);

        for (String path :
                List.of(
                        "/partner/people/" + dee,
                        "/partner/people/" + dee + "/transcript",
                        "/partner/people/" + dee + "/notes",
                        referral(dee),
                        followUps(dee))) {
            assertThat(outsider.send(HttpRequest.GET(path)).status()).as(path).isEqualTo(404);
        }
        assertThat(outsider.send(HttpRequest.POST(referral(dee) + "/accept", Map.of())).status())
                .isEqualTo(404);
        assertThat(outsider.get("/partner/caseload")).isEmpty();
        assertThat(partner.get(referral(dee)).get("status").asText()).isEqualTo("SELF_REFERRED");
    }

    @Test
    void interpretersAndCoordinatorsCannotReadPeopleThroughThePartnerApi() {
        Long dee = referred(DEE, Map.of("preferred_name", "Dee"));
        accounts.create("ivy.interpreter", "interpreter-pass", Role.INTERPRETER, null, "Ivy");
        accounts.create("cora.coordinator", "coordinator-pass", Role.COORDINATOR, null, "Cora");

        for (StaffApi staff :
                List.of(
                        signIn("ivy.interpreter", "interpreter-pass"),
                        signIn("cora.coordinator", "coordinator-pass"))) {
            for (String path :
                    List.of(
                            "/partner/caseload",
                            "/partner/people/" + dee,
                            "/partner/people/" + dee + "/transcript")) {
                StaffApi.Answer answer = staff.send(HttpRequest.GET(path));
                assertThat(answer.status()).as(path).isEqualTo(403);
                assertThat(String.valueOf(answer.body())).doesNotContain(DEE).doesNotContain("Dee");
            }
        }
    }

    @Test
    void withSeveralPartnersAnAdminAssignsNewReferrals() {
        organisations.save(new Organisation(null, "Another Partner", START, null));
        Long dee = referred(DEE, Map.of());
        accounts.create("ada.admin", "admin-password-1", Role.ADMIN, null, "Ada");
        StaffApi admin = signIn("ada.admin", "admin-password-1");

        JsonNode waiting = admin.get("/staff/referrals/unassigned");
        assertThat(waiting).hasSize(1);
        assertThat(partner.get("/partner/caseload")).isEmpty();

        admin.post(
                "/staff/referrals/" + waiting.get(0).get("referralId").asLong() + "/assign",
                Map.of("organisationId", organisationId));

        assertThat(partner.get("/partner/caseload"))
                .extracting(e -> e.get("personId").asLong())
                .containsExactly(dee);
        assertThat(admin.get("/staff/referrals/unassigned")).isEmpty();
        assertThat(partner.get(referral(dee)).get("history").findValuesAsText("reasonCode"))
                .contains("ASSIGNED");
    }

    private static List<String> names(JsonNode entries) {
        List<String> names = new java.util.ArrayList<>();
        entries.forEach(entry -> names.add(entry.get("name").asText()));
        return names;
    }
}
