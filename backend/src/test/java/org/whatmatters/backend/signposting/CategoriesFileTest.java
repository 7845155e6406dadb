package org.whatmatters.backend.signposting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.io.ResourceResolver;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The categories file: the shipped one is complete and every keyword can match; a broken one names
 * file and line.
 */
class CategoriesFileTest {

    static Categories shipped() {
        return categories("classpath:signposting/categories.yaml");
    }

    static Categories categories(String location) {
        return new Categories(
                new SignpostingSettings("false", location, Duration.ofSeconds(30)),
                new ResourceResolver());
    }

    @Test
    void theShippedFileHasEveryCategoryTheIssueAsksForEachWithALabelAndKeywords() {
        Categories categories = shipped();

        assertThat(categories.all())
                .extracting(Category::code)
                .contains(
                        "physical-health",
                        "exercise",
                        "social-groups",
                        "befriending",
                        "crisis-alternatives",
                        "housing",
                        "energy-and-debt",
                        "advocacy",
                        "peer-support",
                        "faith-and-culture",
                        "education-and-employment",
                        "creative-arts");
        assertThat(categories.find("exercise"))
                .get()
                .satisfies(
                        exercise -> {
                            assertThat(exercise.label()).isEqualTo("Exercise and sport");
                            assertThat(exercise.keywords())
                                    .contains("football", "gym", "swim", "yoga");
                        });
        assertThat(categories.ignoredWords())
                .contains("used", "yes", "ok"); // YAML 1.1 would have made yes a boolean
    }

    @Test
    void everyShippedKeywordSurvivesTheAnalyserSoItCanMatch() {
        Categories categories = shipped();
        Words words = new Words(categories);

        List<String> lost =
                categories.all().stream()
                        .flatMap(
                                category ->
                                        category.keywords().stream()
                                                .filter(keyword -> words.of(keyword).isEmpty())
                                                .map(keyword -> category.code() + ": " + keyword))
                        .toList();

        assertThat(lost).as("keywords that are all stop or ignored words never match").isEmpty();
    }

    @Test
    void aYamlMistakeNamesTheFileAndLine() {
        CategoriesFileException failure =
                (CategoriesFileException)
                        catchThrowable(
                                () -> categories("classpath:signposting/broken-syntax.yaml"));

        assertThat(failure.problems())
                .singleElement()
                .asString()
                .startsWith("signposting/broken-syntax.yaml:5: not valid YAML");
    }

    @Test
    void everyMistakeInTheCategoriesIsReportedWithItsLine() {
        CategoriesFileException failure =
                (CategoriesFileException)
                        catchThrowable(
                                () -> categories("classpath:signposting/broken-categories.yaml"));

        assertThat(failure.problems())
                .containsExactly(
                        "signposting/broken-categories.yaml:4: 'football' is listed twice in keywords",
                        "signposting/broken-categories.yaml:5: code 'Energy And Debt' must be lower-case words joined by '-' (like energy-and-debt)",
                        "signposting/broken-categories.yaml:8: category 'housing' has no label",
                        "signposting/broken-categories.yaml:10: category 'exercise' is defined twice (first on line 2)",
                        "signposting/broken-categories.yaml:15: keywords must be a list, like [walking, football]",
                        "signposting/broken-categories.yaml:16: unknown key 'colour' in a category (expected code, label, keywords)",
                        "signposting/broken-categories.yaml:18: unknown key 'colours' (expected categories, ignored-words)");
        assertThat(failure.getMessage())
                .contains("signposting/broken-categories.yaml:8: category 'housing' has no label");
    }

    @Test
    void aFileWithoutCategoriesOrNotThereIsRefused() {
        assertThatThrownBy(() -> categories("classpath:signposting/broken-no-categories.yaml"))
                .hasMessageContaining(
                        "signposting/broken-no-categories.yaml:1: has no 'categories:' list");
        assertThatThrownBy(() -> categories("/nonexistent/categories.yaml"))
                .hasMessageContaining("/nonexistent/categories.yaml: not found");
        assertThatThrownBy(
                        () ->
                                CategoriesFile.parse(
                                        "inline.yaml", new StringReader("- just\n- a list\n")))
                .hasMessageContaining(
                        "inline.yaml:1: must be a mapping with 'categories:' and 'ignored-words:'");
    }

    @Test
    void aBrokenCategoriesFileStopsStartUpNamingFileAndLine() {
        Map<String, Object> properties =
                Map.of(
                        "whatmatters.signposting.categories-file",
                                "classpath:signposting/broken-categories.yaml",
                        "micronaut.server.port", -1,
                        // a start-up that fails part-way leaves its pool open: keep it off the
                        // shared test database
                        "datasources.default.url",
                                "jdbc:h2:mem:signposting-startup;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE",
                        "datasources.default.username", "sa",
                        "datasources.default.password", "");

        Throwable failure =
                catchThrowable(
                        () -> {
                            try (ApplicationContext context =
                                    ApplicationContext.builder(properties, "test").build()) {
                                context.start();
                            }
                        });

        assertThat(failure).isNotNull();
        Throwable cause = failure;
        while (!(cause instanceof CategoriesFileException)
                && cause.getCause() != null
                && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        assertThat(cause)
                .isInstanceOf(CategoriesFileException.class)
                .hasMessageContaining(
                        "signposting/broken-categories.yaml:8: category 'housing' has no label");
    }
}
