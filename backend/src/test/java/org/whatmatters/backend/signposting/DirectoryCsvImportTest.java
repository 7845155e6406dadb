package org.whatmatters.backend.signposting;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.directory.ImportResult;
import org.whatmatters.backend.support.Database;

/** CSV import and export of the directory, on the real database. */
@MicronautTest(environments = "test", transactional = false)
class DirectoryCsvImportTest {

    @Inject ApplicationContext context;
    @Inject LocalServices services;
    @Inject LocalServiceRepository repository;
    @Inject Categories categories;

    private Database database;

    @BeforeEach
    void emptyDirectory() {
        database = new Database(context);
        database.clear();
    }

    private List<String> storedNames() {
        return database.query("SELECT name FROM signpost_service ORDER BY name").stream()
                .map(row -> (String) row.get(0))
                .toList();
    }

    @Test
    void eachBadRowIsReportedByLineAndFieldAndOnlyTheGoodRowsGoIn() {
        ImportResult result = services.importCsv(Fixtures.csv("import-with-bad-rows.csv"), "test");

        assertThat(result.problems())
                .containsExactly(
                        "line 3, field name: is required",
                        "line 4, field categories: 'sports' is not a category (known: physical-health, exercise, social-groups, befriending, "
                                + "crisis-alternatives, housing, energy-and-debt, advocacy, peer-support, faith-and-culture, "
                                + "education-and-employment, creative-arts, social-prescribing)",
                        "line 5, field areas: 'XX9' is not a UK postcode district or area (like BD3, LS or E8)",
                        "line 5, field areas: 'BD3 9AB' is a full postcode: give its district, BD3",
                        "line 6, field languages: 'english' is not an ISO 639-1 language code (like en, ur, pa, pl)",
                        "line 7, field phone: 'call us' is not a possible UK phone number",
                        "line 8, field web: 'www.example.org' is not an absolute http(s) address like https://example.org",
                        "line 10, field row: has 3 values where the header has 9",
                        "line 11, field name: 'Good Walking Group' is also on line 2; give each entry once",
                        "line 12, field description: must not start with =, +, - or @ (a spreadsheet would run it as a formula)",
                        "line 13, field categories: give at least one category (known: physical-health, exercise, social-groups, befriending, "
                                + "crisis-alternatives, housing, energy-and-debt, advocacy, peer-support, faith-and-culture, "
                                + "education-and-employment, creative-arts, social-prescribing)",
                        "line 13, field languages: 'xx' is not an ISO 639-1 language code (like en, ur, pa, pl)");
        assertThat(result.imported()).isEqualTo(2);
        assertThat(result.updated()).isZero();
        assertThat(storedNames()).containsExactly("Good Debt Advice", "Good Walking Group");

        LocalService walking =
                repository.listOrderByName().stream()
                        .filter(s -> s.name().equals("Good Walking Group"))
                        .findFirst()
                        .orElseThrow();
        assertThat(walking.areas()).containsExactly("BD3", "BD4");
        assertThat(walking.languages()).containsExactly("en", "ur");
        assertThat(walking.description())
                .isEqualTo("A walk and a chat."); // line 11's "Same name again." did not replace it
        assertThat(
                        database.query(
                                        "SELECT areas, languages, tags FROM signpost_service WHERE name = 'Good Walking Group'")
                                .get(0))
                .containsExactly("BD3;BD4", "en;ur", "walking;walk");
    }

    @Test
    void aRowWithTheNameOfAnEntryUpdatesItAndAnIdenticalOneLeavesItAlone() {
        services.importCsv(Fixtures.csv("matching-fixture.csv"), "test");
        long id = idOf("Test: Swim Sessions");
        java.time.Instant swimBefore = repository.findById(id).orElseThrow().updatedAt();
        java.time.Instant chessBefore =
                repository.findById(idOf("Test: Chess Club Alpha")).orElseThrow().updatedAt();
        String header = String.join(",", DirectoryCsv.HEADER) + "\n";

        ImportResult result =
                services.importCsv(
                        header
                                + "test: swim sessions,exercise,BD3;BD4,en;pl,,,,Quiet lanes in the mornings.,swim;swimming\n"
                                + "Test: Chess Club Alpha,social-groups,BD3,en,,,,Games every week.,chess\n"
                                + "Test: A New Entry,housing,BD3,en,,,,,\n",
                        "test");

        assertThat(result).isEqualTo(new ImportResult(1, 1, 1, List.of()));
        LocalService swim = repository.findById(id).orElseThrow();
        assertThat(swim.name()).isEqualTo("test: swim sessions");
        assertThat(swim.areas()).containsExactly("BD3", "BD4");
        assertThat(swim.updatedAt()).isAfter(swimBefore);
        assertThat(repository.findById(idOf("Test: Chess Club Alpha")).orElseThrow().updatedAt())
                .as("an identical row changes nothing")
                .isEqualTo(chessBefore);
        assertThat(database.count("signpost_service")).isEqualTo(14);
    }

    @Test
    void aWrongHeaderImportsNothing() {
        ImportResult result =
                services.importCsv(
                        "name,category,areas,languages,phone,web,hours,description\nA club,exercise,BD3,en,,,,\n",
                        "test");

        assertThat(result.problems())
                .containsExactly(
                        "line 1, field header: unknown column 'category' (the columns are name,categories,areas,languages,phone,web,hours,description,tags)",
                        "line 1, field header: column 'categories' is missing",
                        "line 1, field header: column 'tags' is missing");
        assertThat(database.count("signpost_service")).isZero();
    }

    @Test
    void brokenQuotingStopsReadingThereButTheRowsBeforeGoIn() {
        String csv =
                String.join(",", DirectoryCsv.HEADER)
                        + "\r\n"
                        + "First Club,exercise,BD3,en,,,,\"A description\nover two lines\",\r\n"
                        + "Second Club,exercise,BD3,en,,,,\"never closed,\r\n"
                        + "Third Club,exercise,BD3,en,,,,,\r\n";

        ImportResult result = services.importCsv(csv, "test");

        assertThat(result.problems())
                .singleElement()
                .asString()
                .startsWith("line 4, field row: is not valid CSV (")
                .endsWith("); it and the lines after it were not read");
        assertThat(storedNames()).containsExactly("First Club");
        assertThat(repository.listOrderByName().get(0).description())
                .isEqualTo("A description\nover two lines");
    }

    @Test
    void theExportImportsBackToTheSameDirectory() {
        ImportResult first = services.importCsv(Fixtures.csv("matching-fixture.csv"), "test");
        assertThat(first.problems()).isEmpty();
        services.importCsv(
                String.join(",", DirectoryCsv.HEADER)
                        + "\n"
                        + "\"Quotes, \"\"commas\"\" and lines\",advocacy;housing,E8;N16,en;so,020 7946 0000,https://example.org/a?b=c,"
                        + "\"Mon, Tue\",\"Line one\nline two\",\"tag, with comma;second\"\n",
                "test");
        String exported = services.exportCsv();

        assertThat(services.importCsv(exported, "test"))
                .isEqualTo(new ImportResult(0, 0, 14, List.of()));
        database.clear();
        assertThat(services.importCsv(exported, "test"))
                .isEqualTo(new ImportResult(14, 0, 0, List.of()));
        assertThat(services.exportCsv()).isEqualTo(exported);
        assertThat(exported)
                .startsWith("name,categories,areas,languages,phone,web,hours,description,tags\r\n")
                .contains(
                        "\"Quotes, \"\"commas\"\" and lines\",advocacy;housing,E8;N16,en;so,020 7946 0000,https://example.org/a?b=c,"
                                + "\"Mon, Tue\",\"Line one\nline two\",\"tag, with comma;second\"");
    }

    @Test
    void theShippedSampleImportsWithNoProblemsAndCoversEveryCategory() {
        ImportResult result = services.importCsv(SampleDirectory.sample(), "test");

        assertThat(result.problems()).isEmpty();
        assertThat(result.imported()).isBetween(15, 25);
        List<LocalService> sample = repository.listOrderByName();
        assertThat(sample)
                .allSatisfy(
                        entry ->
                                assertThat(entry.name())
                                        .startsWith("Sample: ")
                                        .endsWith("(fictional)"));
        assertThat(sample.stream().flatMap(entry -> entry.categories().stream()).distinct())
                .containsExactlyInAnyOrderElementsOf(
                        categories.all().stream().map(Category::code).toList());
        assertThat(sample.stream().flatMap(entry -> entry.languages().stream()).distinct())
                .contains("ur", "pa", "bn", "pl", "ar", "so");
        assertThat(sample.stream().flatMap(entry -> entry.areas().stream()).distinct())
                .contains("BD3", "LS6", "E8", "N16");
    }

    private long idOf(String name) {
        return database.queryForLong("SELECT id FROM signpost_service WHERE name = ?", name);
    }
}
