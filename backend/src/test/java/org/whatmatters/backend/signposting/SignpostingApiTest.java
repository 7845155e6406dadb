package org.whatmatters.backend.signposting;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.support.WithDirectoryStaff;

/**
 * The directory API: partners and admins keep it; interpreters and coordinators may not touch it.
 */
@MicronautTest(environments = "test", transactional = false)
class SignpostingApiTest extends WithDirectoryStaff {

    private String partnerToken;
    private String adminToken;

    @BeforeEach
    void tokens() {
        partnerToken = partner.token();
        adminToken = admin.token();
    }

    private static Map<String, Object> entry(
            String name, List<String> categories, List<String> areas) {
        return Map.of(
                "name",
                name,
                "categories",
                categories,
                "areas",
                areas,
                "languages",
                List.of("en", "ur"),
                "phone",
                "01632 960000",
                "web",
                "https://example.org/club",
                "tags",
                List.of("football"));
    }

    @Test
    void aPartnerAddsListsChangesAndRemovesAnEntry() {
        HttpResponse<Map> created =
                http.exchange(
                        HttpRequest.POST(
                                        "/signposting/services",
                                        entry(
                                                "Walking Football",
                                                List.of("exercise"),
                                                List.of("BD3")))
                                .bearerAuth(partnerToken),
                        Map.class);
        assertThat(created.code()).isEqualTo(HttpStatus.CREATED.getCode());
        long id = ((Number) created.body().get("id")).longValue();
        http.exchange(
                HttpRequest.POST(
                                "/signposting/services",
                                entry("Debt Advice", List.of("energy-and-debt"), List.of()))
                        .bearerAuth(adminToken));
        http.exchange(
                HttpRequest.POST(
                                "/signposting/services",
                                entry("Leeds Art", List.of("creative-arts"), List.of("LS6")))
                        .bearerAuth(adminToken));

        assertThat(names("/signposting/services", partnerToken))
                .containsExactly("Debt Advice", "Leeds Art", "Walking Football");
        assertThat(names("/signposting/services?category=exercise", partnerToken))
                .containsExactly("Walking Football");
        assertThat(names("/signposting/services?area=BD3%209AB", partnerToken))
                .as("local and available-everywhere entries")
                .containsExactly("Debt Advice", "Walking Football");

        Map<?, ?> changed =
                http.retrieve(
                        HttpRequest.PUT(
                                        "/signposting/services/" + id,
                                        entry(
                                                "Walking Football",
                                                List.of("exercise", "social-groups"),
                                                List.of("BD3", "BD4")))
                                .bearerAuth(partnerToken),
                        Map.class);
        assertThat((Object) changed.get("categories"))
                .isEqualTo(List.of("exercise", "social-groups"));
        assertThat(
                        (Object)
                                http.retrieve(
                                                HttpRequest.GET("/signposting/services/" + id)
                                                        .bearerAuth(adminToken),
                                                Map.class)
                                        .get("areas"))
                .isEqualTo(List.of("BD3", "BD4"));

        assertThat(
                        http.exchange(
                                        HttpRequest.DELETE("/signposting/services/" + id)
                                                .bearerAuth(partnerToken))
                                .code())
                .isEqualTo(HttpStatus.NO_CONTENT.getCode());
        assertThat(status(HttpRequest.GET("/signposting/services/" + id).bearerAuth(partnerToken)))
                .isEqualTo(404);
        assertThat(
                        status(
                                HttpRequest.DELETE("/signposting/services/" + id)
                                        .bearerAuth(partnerToken)))
                .isEqualTo(404);
    }

    @Test
    void aBadEntryIs400ListingEveryProblemAndATakenNameIs409() {
        HttpClientResponseException refused =
                refusal(
                        HttpRequest.POST(
                                        "/signposting/services",
                                        Map.of(
                                                "name",
                                                "Club",
                                                "categories",
                                                List.of("sports"),
                                                "areas",
                                                List.of("Bradford"),
                                                "phone",
                                                "call us",
                                                "web",
                                                "example.org"))
                                .bearerAuth(partnerToken));

        assertThat(refused.code()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        Map<?, ?> body = refused.getResponse().getBody(Map.class).orElseThrow();
        assertThat((List<?>) body.get("problems"))
                .extracting(Object::toString)
                .containsExactly(
                        "categories: 'sports' is not a category (known: physical-health, exercise, social-groups, befriending, crisis-alternatives, "
                                + "housing, energy-and-debt, advocacy, peer-support, faith-and-culture, education-and-employment, creative-arts, "
                                + "social-prescribing)",
                        "areas: 'BRADFORD' is not a UK postcode district or area (like BD3, LS or E8)",
                        "phone: 'call us' is not a possible UK phone number",
                        "web: 'example.org' is not an absolute http(s) address like https://example.org");
        assertThat(database.count("signpost_service")).isZero();

        http.exchange(
                HttpRequest.POST(
                                "/signposting/services",
                                entry("Walking Football", List.of("exercise"), List.of("BD3")))
                        .bearerAuth(partnerToken));
        assertThat(
                        status(
                                HttpRequest.POST(
                                                "/signposting/services",
                                                entry(
                                                        "walking football",
                                                        List.of("exercise"),
                                                        List.of("BD4")))
                                        .bearerAuth(adminToken)))
                .isEqualTo(409);
        assertThat(
                        status(
                                HttpRequest.GET("/signposting/services?category=sports")
                                        .bearerAuth(adminToken)))
                .isEqualTo(400);
        assertThat(
                        status(
                                HttpRequest.GET("/signposting/services?area=nowhere")
                                        .bearerAuth(adminToken)))
                .isEqualTo(400);
    }

    @Test
    void csvGoesInAndComesOutOverHttp() {
        Map<?, ?> result =
                http.retrieve(
                        HttpRequest.POST(
                                        "/signposting/services/import",
                                        Fixtures.csv("import-with-bad-rows.csv"))
                                .contentType("text/csv")
                                .bearerAuth(partnerToken),
                        Map.class);

        assertThat((Object) result.get("imported")).isEqualTo(2);
        assertThat((List<?>) result.get("problems"))
                .hasSize(12)
                .first()
                .isEqualTo("line 3, field name: is required");

        HttpResponse<String> export =
                http.exchange(
                        HttpRequest.GET("/signposting/services/export").bearerAuth(adminToken),
                        String.class);
        assertThat(export.getContentType())
                .hasValueSatisfying(type -> assertThat(type.toString()).startsWith("text/csv"));
        assertThat(export.header("Content-Disposition")).contains("signposting-directory.csv");
        assertThat(export.body())
                .startsWith("name,categories,areas,languages,phone,web,hours,description,tags\r\n")
                .contains(
                        "Good Debt Advice,energy-and-debt,,en;pl,0808 157 0001,,,\"Debts, bills and benefits.\",debt");
    }

    @Test
    void suggestionsCanBeTriedAndTheCategoriesRead() {
        http.exchange(
                HttpRequest.POST(
                                "/signposting/services/import",
                                Fixtures.csv("matching-fixture.csv"))
                        .contentType("text/csv")
                        .bearerAuth(adminToken));

        List<Map> suggestions =
                http.retrieve(
                        HttpRequest.POST(
                                        "/signposting/suggestions?limit=2",
                                        Map.of(
                                                "words",
                                                List.of("I used to play football"),
                                                "area",
                                                "BD3",
                                                "language",
                                                "en"))
                                .bearerAuth(partnerToken),
                        Argument.listOf(Map.class));

        assertThat(suggestions).hasSize(2);
        assertThat((Object) ((Map<?, ?>) suggestions.get(0).get("service")).get("name"))
                .isEqualTo("Test: Walking Football BD3");
        assertThat(suggestions.get(0).get("reasons").toString())
                .contains("category:exercise", "word:football", "area");
        assertThat(
                        http.retrieve(
                                HttpRequest.GET("/signposting/categories").bearerAuth(partnerToken),
                                Argument.listOf(Map.class)))
                .extracting(category -> (Object) category.get("code"))
                .contains("exercise", "befriending", "creative-arts");
    }

    @Test
    void interpretersAndCoordinatorsAreRefusedEverywhereAndNoTokenIs401() {
        http.exchange(
                HttpRequest.POST(
                                "/signposting/services",
                                entry("Walking Football", List.of("exercise"), List.of("BD3")))
                        .bearerAuth(adminToken));
        long id = database.queryForLong("SELECT id FROM signpost_service");
        List<MutableHttpRequest<?>> everyRoute =
                List.of(
                        HttpRequest.GET("/signposting/services"),
                        HttpRequest.GET("/signposting/services/" + id),
                        HttpRequest.POST(
                                "/signposting/services",
                                entry("Other", List.of("exercise"), List.of())),
                        HttpRequest.PUT(
                                "/signposting/services/" + id,
                                entry("Changed", List.of("exercise"), List.of())),
                        HttpRequest.DELETE("/signposting/services/" + id),
                        HttpRequest.GET("/signposting/services/export"),
                        HttpRequest.POST(
                                        "/signposting/services/import",
                                        String.join(",", DirectoryCsv.HEADER)
                                                + "\nX,exercise,,,,,,,\n")
                                .contentType("text/csv"),
                        HttpRequest.GET("/signposting/categories"),
                        HttpRequest.POST(
                                "/signposting/suggestions", Map.of("words", List.of("football"))));

        for (String role : List.of("ivy.interpreter", "cory.coordinator")) {
            String token = login(role);
            for (MutableHttpRequest<?> request : everyRoute) {
                assertThat(status(request.bearerAuth(token)))
                        .as(role + " " + request.getMethod() + " " + request.getPath())
                        .isEqualTo(403);
            }
        }
        for (MutableHttpRequest<?> request : everyRoute) {
            request.getHeaders().remove("Authorization");
            assertThat(status(request))
                    .as("no token: " + request.getMethod() + " " + request.getPath())
                    .isEqualTo(401);
        }
        assertThat(database.query("SELECT name FROM signpost_service"))
                .containsExactly(List.of("Walking Football"));
    }

    private List<String> names(String uri, String token) {
        return http
                .retrieve(HttpRequest.GET(uri).bearerAuth(token), Argument.listOf(Map.class))
                .stream()
                .map(entry -> (String) entry.get("name"))
                .toList();
    }

    private HttpClientResponseException refusal(HttpRequest<?> request) {
        try {
            http.exchange(request, Argument.of(String.class), Argument.of(Map.class));
        } catch (HttpClientResponseException e) {
            return e;
        }
        throw new AssertionError("expected a refusal");
    }
}
