package org.whatmatters.backend.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.security.Role;
import org.whatmatters.backend.staff.Organisation;
import org.whatmatters.backend.support.Database;
import org.whatmatters.backend.support.StaffApi;
import org.whatmatters.backend.support.WithAPartner;

/**
 * A seeded set of people, driven through the signed webhook and the partner API, with known counts
 * at every stage, reason and category; every report figure must equal its known count, small
 * numbers must be suppressed in what leaves the organisation, and the CSV must carry the JSON's
 * numbers.
 *
 * <p>The cohort of Mind in Example Town, self-referred on Monday 23 November 2026: six people (A-F)
 * through the whole conversation by text (English, 18 or over, Leeds, "I used to play football"),
 * one (G) whose self-referral a partner typed in (Polish, nothing else said). A-E accepted, F
 * declined (outside the area), G still waiting. A-E ordered (football boots x3, gym membership, a
 * laptop for a course) and delivered. Contact 1: A-D answer yes / good, E says NO MORE. Contact 2:
 * A 4, B 4, C 2 with their words; D says LATER; then C says STOP and B writes crisis words,
 * acknowledged by the partner 10 minutes later. The partner skips A's contact 3. One more person
 * (H) self-refers afterwards and an admin gives them to a second organisation.
 */
@MicronautTest(environments = "test", transactional = false)
class ReportsTest extends WithAPartner {

    private static final String[] PHONES = {
        "+447700900801",
        "+447700900802",
        "+447700900803",
        "+447700900804",
        "+447700900805",
        "+447700900806"
    };
    private static final String FROM_TO = "?from=2026-11-01&to=2026-11-30";
    private static final String FEWER = "fewer than 5";

    /** Contacts at the times they chose: weekday early evenings, 17:00 in London. */
    private static final Instant CONTACT_1_DUE = Instant.parse("2026-11-26T17:00:00Z");

    private static final Instant CONTACT_2_DUE = Instant.parse("2026-12-07T17:00:00Z");

    private final Map<String, Long> people = new HashMap<>();
    private Long otherOrganisation;
    private StaffApi admin;

    @Test
    void everyFigureEqualsItsKnownCountAndSmallNumbersAreSuppressedOutsideTheOrganisation()
            throws IOException {
        seed();

        JsonNode inside = partner.get("/reports/funnel" + FROM_TO + "&audience=organisation");
        assertThat(counts(inside, "stages"))
                .containsExactly(
                        Map.entry("first contact", "7"),
                        Map.entry("self-referral done", "7"),
                        Map.entry("what matters done", "6"),
                        Map.entry("accepted", "5"),
                        Map.entry("declined", "1"),
                        Map.entry("ordered", "5"),
                        Map.entry("delivered", "5"),
                        Map.entry("contact 1 reached", "4"),
                        Map.entry("contact 2 reached", "3"),
                        Map.entry("contact 3 reached", "0"));
        assertThat(value(inside, "declined", List.of("OUTSIDE_AREA"), "people")).isEqualTo("1");
        assertThat(value(inside, "declined", List.of("NOT_ELIGIBLE"), "people")).isEqualTo("0");
        assertThat(inside.get("suppressed").asBoolean()).isFalse();
        // delivered Monday ~10:00, contact 1 answered Thursday just after 17:00: 3.3 days, for each
        // of the four
        assertThat(value(inside, "days", List.of("delivered", "contact 1 reached"), "median days"))
                .isEqualTo("3.3");
        assertThat(
                        value(
                                inside,
                                "days",
                                List.of("delivered", "contact 1 reached"),
                                "90th percentile days"))
                .isEqualTo("3.3");
        assertThat(value(inside, "days", List.of("delivered", "contact 1 reached"), "people"))
                .isEqualTo("4");
        assertThat(
                        value(
                                inside,
                                "days",
                                List.of("contact 1 reached", "contact 2 reached"),
                                "median days"))
                .isEqualTo("11.0");

        JsonNode exported = partner.get("/reports/funnel" + FROM_TO);
        assertThat(exported.get("suppressed").asBoolean()).isTrue();
        assertThat(counts(exported, "stages"))
                .containsExactly(
                        Map.entry("first contact", "7"),
                        Map.entry("self-referral done", "7"),
                        Map.entry("what matters done", "6"),
                        Map.entry("accepted", "5"),
                        Map.entry("declined", FEWER),
                        Map.entry("ordered", "5"),
                        Map.entry("delivered", "5"),
                        Map.entry("contact 1 reached", FEWER),
                        Map.entry("contact 2 reached", FEWER),
                        Map.entry("contact 3 reached", "0"));
        assertThat(
                        value(
                                exported,
                                "days",
                                List.of("delivered", "contact 1 reached"),
                                "median days"))
                .as("a median of four people tells each one's time")
                .isEqualTo(FEWER);
        assertThat(value(exported, "days", List.of("ordered", "delivered"), "people"))
                .isEqualTo("5");

        JsonNode everyone = admin.get("/reports/funnel" + FROM_TO);
        assertThat(counts(everyone, "stages"))
                .as("all organisations: H too, and first contact is everyone who wrote")
                .contains(
                        Map.entry("first contact", "8"),
                        Map.entry("self-referral done", "8"),
                        Map.entry("what matters done", "6"));
        assertThat(
                        counts(
                                admin.get(
                                        "/reports/funnel"
                                                + FROM_TO
                                                + "&organisationId="
                                                + otherOrganisation),
                                "stages"))
                .contains(Map.entry("self-referral done", FEWER), Map.entry("accepted", "0"));

        JsonNode followUps =
                partner.get("/reports/follow-ups" + FROM_TO + "&audience=organisation");
        assertThat(row(followUps, "outcomes", List.of("SMS")))
                .containsExactly("7", "1", "0", "1", "0", "1", "1");
        assertThat(row(followUps, "outcomes", List.of("PHONE"))).containsOnly("0");
        assertThat(row(partner.get("/reports/follow-ups" + FROM_TO), "outcomes", List.of("SMS")))
                .containsExactly("7", FEWER, "0", FEWER, "0", FEWER, FEWER);

        JsonNode feedback = partner.get("/reports/feedback" + FROM_TO + "&audience=organisation");
        assertThat(value(feedback, "answers", List.of("1", "item_arrived", "yes"), "people"))
                .isEqualTo("4");
        assertThat(value(feedback, "answers", List.of("1", "first_impression", "good"), "people"))
                .isEqualTo("4");
        assertThat(value(feedback, "answers", List.of("2", "going_score", "4"), "people"))
                .isEqualTo("2");
        assertThat(value(feedback, "answers", List.of("2", "going_score", "2"), "people"))
                .isEqualTo("1");
        assertThat(value(feedback, "answers", List.of("2", "going_score", "5"), "people"))
                .isEqualTo("0");
        assertThat(feedback.get("freeText"))
                .extracting(text -> text.get("contact").asInt() + ":" + text.get("answer").asText())
                .containsExactlyInAnyOrder("2:Going well", "2:Fine so far", "2:Not great yet");
        JsonNode feedbackOut = partner.get("/reports/feedback" + FROM_TO);
        assertThat(feedbackOut.get("freeText"))
                .as("people's words never leave the organisation")
                .isEmpty();
        assertThat(feedbackOut.toString()).doesNotContain("Going well");
        assertThat(value(feedbackOut, "answers", List.of("1", "item_arrived", "yes"), "people"))
                .isEqualTo(FEWER);

        JsonNode spending = partner.get("/reports/spending" + FROM_TO + "&audience=organisation");
        assertThat(value(spending, "items-by-category", List.of("exercise"), "items"))
                .isEqualTo("4");
        assertThat(value(spending, "what-matters", List.of("exercise"), "people")).isEqualTo("6");
        assertThat(value(spending, "items", List.of("football boots"), "items")).isEqualTo("3");
        JsonNode spendingOut = partner.get("/reports/spending" + FROM_TO);
        assertThat(spendingOut.get("tables"))
                .extracting(table -> table.get("name").asText())
                .as("the items as written stay inside")
                .doesNotContain("items");
        assertThat(value(spendingOut, "what-matters", List.of("exercise"), "people"))
                .isEqualTo("6");
        assertThat(value(spendingOut, "items-by-category", List.of("exercise"), "items"))
                .isEqualTo(FEWER);

        JsonNode reach = partner.get("/reports/reach" + FROM_TO + "&audience=organisation");
        assertThat(counts(reach, "language"))
                .containsOnly(Map.entry("en", "6"), Map.entry("pl", "1"));
        assertThat(counts(reach, "channel")).containsOnly(Map.entry("SMS", "6"));
        assertThat(counts(reach, "age-group"))
                .containsOnly(Map.entry("18 or over", "6"), Map.entry("not known", "1"));
        assertThat(counts(reach, "area"))
                .containsOnly(Map.entry("LS", "6"), Map.entry("not known", "1"));
        assertThat(counts(partner.get("/reports/reach" + FROM_TO), "language"))
                .containsOnly(Map.entry("en", "6"), Map.entry("pl", FEWER));

        JsonNode safety =
                partner.get(
                        "/reports/safety"
                                + FROM_TO.replace("2026-11-30", "2026-12-31")
                                + "&audience=organisation");
        assertThat(counts(safety, "alerts"))
                .containsExactly(
                        Map.entry("raised", "1"),
                        Map.entry("acknowledged", "1"),
                        Map.entry("escalated", "0"),
                        Map.entry("still open", "0"));
        assertThat(
                        value(
                                safety,
                                "acknowledgement",
                                List.of("time to acknowledgement"),
                                "median minutes"))
                .isEqualTo("10.0");
        assertThat(
                        value(
                                partner.get(
                                        "/reports/safety"
                                                + FROM_TO.replace("2026-11-30", "2026-12-31")),
                                "acknowledgement",
                                List.of("time to acknowledgement"),
                                "median minutes"))
                .isEqualTo(FEWER);
        assertThat(
                        counts(
                                partner.get("/reports/safety" + FROM_TO + "&audience=organisation"),
                                "alerts"))
                .as("the crisis was in December")
                .contains(Map.entry("raised", "0"));

        for (String report :
                List.of("funnel", "follow-ups", "feedback", "spending", "reach", "safety")) {
            assertCsvMatchesJson(report);
        }
    }

    @Test
    void
            onlyAdminsAndTheirOwnPartnersGetReportsAndOnlyPartnersInsideTheirOrganisationSeeThemUnsuppressed() {
        accounts.create("ivy.interpreter", PARTNER_PASSWORD, Role.INTERPRETER, null, null);
        accounts.create("cory.coordinator", PARTNER_PASSWORD, Role.COORDINATOR, null, null);
        accounts.create("ada.admin", PARTNER_PASSWORD, Role.ADMIN, null, null);
        Long other =
                organisations.save(new Organisation(null, "Another Partner", START, null)).id();

        for (String who : List.of("ivy.interpreter", "cory.coordinator")) {
            StaffApi staff = signIn(who, PARTNER_PASSWORD);
            assertThat(staff.send(HttpRequest.GET("/reports/funnel" + FROM_TO)).status())
                    .as(who)
                    .isEqualTo(403);
            assertThat(staff.send(HttpRequest.GET("/reports/feedback/csv" + FROM_TO)).status())
                    .as(who)
                    .isEqualTo(403);
            assertThat(staff.send(HttpRequest.GET("/reports")).status()).as(who).isEqualTo(403);
        }
        assertThat(
                        partner.send(
                                        HttpRequest.GET(
                                                "/reports/funnel"
                                                        + FROM_TO
                                                        + "&organisationId="
                                                        + other))
                                .status())
                .isEqualTo(403);
        assertThat(
                        partner.send(
                                        HttpRequest.GET(
                                                "/reports/funnel"
                                                        + FROM_TO
                                                        + "&organisationId="
                                                        + organisationId))
                                .status())
                .isEqualTo(200);
        StaffApi admin = signIn("ada.admin", PARTNER_PASSWORD);
        assertThat(
                        admin.send(
                                        HttpRequest.GET(
                                                "/reports/funnel"
                                                        + FROM_TO
                                                        + "&audience=organisation"))
                                .status())
                .isEqualTo(403);
        assertThat(admin.get("/reports/funnel" + FROM_TO).get("suppressed").asBoolean()).isTrue();
        assertThat(
                        admin.send(HttpRequest.GET("/reports/funnel?from=2026-11-30&to=2026-11-01"))
                                .status())
                .isEqualTo(400);
        StaffApi.Answer missing = admin.send(HttpRequest.GET("/reports/funnel"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().toString()).contains("yyyy-mm-dd").doesNotContain("Exception");
        assertThat(admin.send(HttpRequest.GET("/reports/nonsense" + FROM_TO)).status())
                .isEqualTo(404);
        assertThat(admin.get("/reports"))
                .extracting(JsonNode::asText)
                .containsExactly(
                        "funnel",
                        "follow-ups",
                        "feedback",
                        "signposting",
                        "spending",
                        "reach",
                        "safety");
    }

    @Test
    void signpostingCountsWhatWasOfferedAskedAboutAndUsedByServiceAndCategory() {
        context.getBean(org.whatmatters.backend.signposting.LocalServices.class)
                .importCsv(
                        """
                name,categories,areas,languages,phone,web,hours,description,tags
                Test: Walking Football BD3,exercise;social-groups,BD3,en,01632 960001,,Tuesdays 10:00,Gentle games for adults.,football;walking football
                Test: Five-a-side Bradford,exercise,BD,en,01632 960002,https://example.org/five,Sundays,Friendly games.,football;five-a-side
                Test: Allotment Friends,social-groups,BD3,en,01632 960003,,Saturdays,Growing food together.,allotment;gardening
                Test: Art on the Canal,creative-arts,BD3,en,01632 960004,,Fridays,Painting and drawing.,painting;art
                """,
                        "test");
        String phone = "+447700900831";
        Long person =
                referred(
                        phone,
                        Map.of(
                                "stopped_enjoying",
                                "I used to play football with my mates",
                                "who_matters",
                                "My daughter and my allotment",
                                "area",
                                "Bradford BD3 9AB"));
        delivered(person);
        awaitTexts(phone, 3);
        partner.post(
                followUps(person) + "/" + contact(person, 3).get("id").asLong() + "/bring-forward",
                Map.of());
        awaitTexts(phone, 4);
        says(phone, "It got me out of the house");
        says(phone, "SKIP");
        awaitTexts(phone, 6);
        says(phone, "yes");
        awaitTexts(phone, 7);
        says(phone, "1");
        awaitTexts(phone, 9);
        says(phone, "no");
        awaitTexts(phone, 10);
        partner.post(followUps(person), Map.of("reason", "check-in"));
        awaitTexts(phone, 11);
        says(phone, "5");
        says(phone, "Loving it");
        awaitTexts(phone, 13);
        says(phone, "yes");
        awaitTexts(phone, 14);

        JsonNode inside = partner.get("/reports/signposting" + FROM_TO + "&audience=organisation");
        assertThat(row(inside, "by-service", List.of("Test: Walking Football BD3")))
                .containsExactly("1", "1", "1");
        assertThat(row(inside, "by-service", List.of("Test: Five-a-side Bradford")))
                .containsExactly("1", "0", "0");
        assertThat(row(inside, "by-service", List.of("Test: Allotment Friends")))
                .containsExactly("1", "0", "0");
        assertThat(table(inside, "by-service").get("rows")).hasSize(3);
        assertThat(row(inside, "by-category", List.of("exercise"))).containsExactly("2", "1", "1");
        assertThat(row(inside, "by-category", List.of("social-groups")))
                .containsExactly("2", "1", "1");
        assertThat(
                        row(
                                partner.get("/reports/signposting" + FROM_TO),
                                "by-category",
                                List.of("exercise")))
                .containsExactly(FEWER, FEWER, FEWER);
    }

    @Test
    void noCellOfTheCsvCanStartAFormula() {
        assertThat(ReportCsv.safe("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(ReportCsv.safe("+44 7700")).isEqualTo("'+44 7700");
        assertThat(ReportCsv.safe("-1")).isEqualTo("'-1");
        assertThat(ReportCsv.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ReportCsv.safe("football boots")).isEqualTo("football boots");
        assertThat(ReportCsv.safe("")).isEmpty();
    }

    // --- the seeded people
    // -------------------------------------------------------------------------------------

    private void seed() {
        accounts.create("ada.admin", PARTNER_PASSWORD, Role.ADMIN, null, null);
        admin = signIn("ada.admin", PARTNER_PASSWORD);
        String[] names = {"A", "B", "C", "D", "E", "F"};
        for (int i = 0; i < PHONES.length; i++) {
            people.put(names[i], throughTheConversation(PHONES[i], names[i]));
        }
        people.put("G", referred("+447700900807", Map.of("language", "pl")));
        partner.post(
                referral(people.get("F")) + "/decline",
                Map.of("code", "OUTSIDE_AREA", "reason", "lives in Wakefield"));
        List<String> items =
                List.of(
                        "Football boots",
                        "football  boots",
                        "FOOTBALL BOOTS",
                        "Gym membership",
                        "A laptop for a course");
        for (int i = 0; i < 5; i++) {
            Long person = people.get(names[i]);
            partner.post(referral(person) + "/accept", Map.of("reason", "plan agreed"));
            partner.post(referral(person) + "/order", Map.of("item", items.get(i)));
            partner.post(referral(person) + "/deliver", Map.of("to", "PERSON"));
        }

        timeIs(CONTACT_1_DUE.plusSeconds(1));
        for (int i = 0; i < 5; i++) {
            int number = i;
            await().atMost(Duration.ofSeconds(15))
                    .until(() -> statusOf(people.get(names[number]), 1).equals("STARTED"));
        }
        for (String name : List.of("A", "B", "C", "D")) {
            answer(name, "yes");
            answer(name, "1");
            awaitStatus(people.get(name), 1, "COMPLETED");
        }
        answer("E", "NO MORE");

        timeIs(CONTACT_2_DUE.plusSeconds(1));
        for (String name : List.of("A", "B", "C", "D")) {
            awaitStatus(people.get(name), 2, "STARTED");
        }
        answer("A", "4");
        answer("A", "Going well");
        answer("B", "4");
        answer("B", "Fine so far");
        answer("C", "2");
        answer("C", "Not great yet");
        answer("D", "later");
        for (String name : List.of("A", "B", "C")) {
            awaitStatus(people.get(name), 2, "COMPLETED");
        }
        awaitStatus(people.get("D"), 2, "POSTPONED");
        answer("C", "STOP");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> statusOf(people.get("C"), 3).equals("CANCELLED"));
        partner.post(
                followUps(people.get("A"))
                        + "/"
                        + contact(people.get("A"), 3).get("id").asLong()
                        + "/skip",
                Map.of("reason", "moved away"));

        says(PHONES[1], "honestly i want to kill myself");
        await().atMost(Duration.ofSeconds(10)).until(() -> !partner.get("/staff/alerts").isEmpty());
        timeIs(clock.instant().plus(Duration.ofMinutes(10)));
        partner.post(
                "/staff/alerts/"
                        + partner.get("/staff/alerts").get(0).get("id").asLong()
                        + "/acknowledge",
                Map.of());

        otherOrganisation =
                organisations.save(new Organisation(null, "Another Partner", START, null)).id();
        people.put("H", referred("+447700900808", Map.of("language", "so")));
        JsonNode waiting = admin.get("/staff/referrals/unassigned");
        admin.post(
                "/staff/referrals/" + waiting.get(0).get("referralId").asLong() + "/assign",
                Map.of("organisationId", otherOrganisation));
        // H's first contact is on the Monday too: the clock is back only for the referral's date
        database.update(
                "UPDATE referral SET created_at = ? WHERE person_id = ?",
                java.sql.Timestamp.from(START),
                people.get("H"));
        database.update(
                "UPDATE person SET created_at = ? WHERE id = ?",
                java.sql.Timestamp.from(START),
                people.get("H"));
    }

    /** Welcome, self-referral, what matters and contact preferences, every answer by text. */
    private Long throughTheConversation(String phone, String name) {
        List<String> answers =
                List.of(
                        "Hello",
                        "1",
                        "yes",
                        name,
                        "yes",
                        "Leeds",
                        "1",
                        "2",
                        "My daughter",
                        "Being patient",
                        "I used to play football",
                        "SKIP",
                        "Getting out more",
                        "Football boots",
                        "I'd sleep better",
                        "1",
                        "weekdays",
                        "evenings",
                        "no",
                        "yes");
        for (String answer : answers) {
            int before = textsTo(phone).size();
            says(phone, answer);
            awaitTexts(phone, before + 1);
        }
        Long person =
                database.queryForLong(
                        "SELECT id FROM person WHERE phone_e164_hash = ?",
                        Database.phoneHash(phone));
        assertThat(facts.currentFor(person)).containsEntry("referral_status", "what-matters-done");
        return person;
    }

    private void answer(String name, String text) {
        String phone = PHONES["ABCDEF".indexOf(name)];
        int before = textsTo(phone).size();
        says(phone, text);
        awaitTexts(phone, before + 1);
    }

    // --- reading the reports
    // -----------------------------------------------------------------------------------

    private static JsonNode table(JsonNode report, String name) {
        for (JsonNode table : report.get("tables")) {
            if (table.get("name").asText().equals(name)) {
                return table;
            }
        }
        throw new AssertionError("no table " + name + " in " + report);
    }

    /** The first value column of a one-label table, row by row, as text. */
    private static List<Map.Entry<String, String>> counts(JsonNode report, String name) {
        List<Map.Entry<String, String>> counts = new ArrayList<>();
        table(report, name)
                .get("rows")
                .forEach(
                        row ->
                                counts.add(
                                        Map.entry(
                                                row.get("labels").get(0).asText(),
                                                row.get("values").get(0).asText())));
        return counts;
    }

    private static List<String> row(JsonNode report, String name, List<String> labels) {
        for (JsonNode row : table(report, name).get("rows")) {
            List<String> rowLabels = new ArrayList<>();
            row.get("labels").forEach(label -> rowLabels.add(label.asText()));
            if (rowLabels.equals(labels)) {
                List<String> values = new ArrayList<>();
                row.get("values").forEach(value -> values.add(value.asText()));
                return values;
            }
        }
        throw new AssertionError("no row " + labels + " in " + name);
    }

    private static String value(JsonNode report, String name, List<String> labels, String column) {
        List<String> columns = new ArrayList<>();
        table(report, name).get("columns").forEach(c -> columns.add(c.asText()));
        return row(report, name, labels).get(columns.indexOf(column));
    }

    /** Every figure of the (suppressed) JSON is a line of the CSV, and the CSV has nothing else. */
    private void assertCsvMatchesJson(String report) throws IOException {
        String period = FROM_TO.replace("2026-11-30", "2026-12-31");
        JsonNode json = partner.get("/reports/" + report + period);
        HttpResponse<String> response =
                context.createBean(HttpClient.class, server.getURL())
                        .toBlocking()
                        .exchange(
                                HttpRequest.GET("/reports/" + report + "/csv" + period)
                                        .bearerAuth(partner.token()),
                                Argument.of(String.class));
        assertThat(response.getContentType().orElseThrow().toString()).startsWith("text/csv");
        assertThat(response.header("Content-Disposition"))
                .contains("whatmatters-" + report + "-2026-11-01-to-2026-12-31");
        List<List<String>> expected = new ArrayList<>();
        for (JsonNode table : json.get("tables")) {
            for (JsonNode row : table.get("rows")) {
                List<String> labels = new ArrayList<>();
                row.get("labels").forEach(label -> labels.add(label.asText()));
                for (int i = 0; i < table.get("columns").size(); i++) {
                    JsonNode value = row.get("values").get(i);
                    expected.add(
                            List.of(
                                    report,
                                    table.get("name").asText(),
                                    String.join(" / ", labels),
                                    table.get("columns").get(i).asText(),
                                    value.isNull() ? "" : value.asText()));
                }
            }
        }
        List<List<String>> lines = new ArrayList<>();
        try (CSVParser csv = CSVParser.parse(response.body(), CSVFormat.DEFAULT)) {
            for (CSVRecord record : csv) {
                lines.add(record.toList());
            }
        }
        assertThat(lines.get(0)).containsExactly("report", "table", "row", "column", "value");
        assertThat(lines.subList(1, lines.size()))
                .as(report)
                .containsExactlyElementsOf(expected)
                .isNotEmpty();
    }
}
