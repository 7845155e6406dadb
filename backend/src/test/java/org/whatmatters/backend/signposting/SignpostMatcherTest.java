package org.whatmatters.backend.signposting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.support.Database;

/**
 * Matching people's own words, area and language to the directory, on the test fixture
 * (matching-fixture.csv).
 */
@MicronautTest(environments = "test", transactional = false)
class SignpostMatcherTest {

    @Inject ApplicationContext context;
    @Inject LocalServices services;
    @Inject SignpostMatcher matcher;

    @BeforeEach
    void fixtureDirectory() {
        new Database(context).clear();
        assertThat(services.importCsv(Fixtures.csv("matching-fixture.csv"), "test").problems())
                .isEmpty();
    }

    private List<Suggestion> suggest(String words, String area, String language) {
        return matcher.suggest(new Profile(List.of(words), area, language), 20);
    }

    private static List<String> names(List<Suggestion> suggestions) {
        return suggestions.stream().map(suggestion -> suggestion.service().name()).toList();
    }

    @Test
    void footballWithMatesInBd3PutsTheExerciseServicesFirstFootballAheadOfTheRest() {
        List<Suggestion> suggestions =
                suggest("I used to play football with my mates", "BD3", "en");

        List<Boolean> exercise =
                suggestions.stream()
                        .map(s -> s.service().categories().contains("exercise"))
                        .toList();
        assertThat(exercise)
                .as("every exercise service ranks above every other: " + names(suggestions))
                .containsSubsequence(true, false)
                .isSortedAccordingTo((a, b) -> Boolean.compare(b, a));
        assertThat(exercise.indexOf(false)).isGreaterThanOrEqualTo(2);
        Suggestion first = suggestions.get(0);
        assertThat(first.service().tags()).contains("football");
        assertThat(first.service().areas()).contains("BD3");
        assertThat(first.reasons()).contains("category:exercise", "word:football", "area");
        assertThat(names(suggestions))
                .as("a football group in Leeds is no use in Bradford")
                .doesNotContain("Test: Football Leeds");
        assertThat(names(suggestions))
                .as("nothing they said points to debt advice")
                .doesNotContain("Test: Debt Advice BD3");
        assertThat(suggestions)
                .filteredOn(s -> s.service().name().equals("Test: Sports Quiz Night"))
                .singleElement()
                .satisfies(
                        quiz ->
                                assertThat(quiz.reasons())
                                        .containsExactly("word:football", "area"));
    }

    @Test
    void aLocalServiceRanksAboveANearbyOneAboveOneAvailableEverywhere() {
        List<Suggestion> suggestions = suggest("I'd love to try pottery", "BD3 9AB", null);

        assertThat(names(suggestions))
                .containsExactly(
                        "Test: Pottery C Local",
                        "Test: Pottery B Nearby",
                        "Test: Pottery A Everywhere");
        assertThat(suggestions)
                .extracting(s -> s.reasons().get(s.reasons().size() - 1))
                .containsExactly("area", "area:nearby", "area:everywhere");
        assertThat(suggestions.get(0).score()).isGreaterThan(suggestions.get(1).score());
        assertThat(suggestions.get(1).score()).isGreaterThan(suggestions.get(2).score());
    }

    @Test
    void aPostTownIsEnoughToFindTheArea() {
        assertThat(names(suggest("pottery", "Leeds", null)))
                .containsExactly("Test: Pottery D Leeds", "Test: Pottery A Everywhere");
        assertThat(names(suggest("pottery", "somewhere I won't say", null)))
                .as("area unknown: everywhere first, then by name")
                .containsExactly(
                        "Test: Pottery A Everywhere",
                        "Test: Pottery B Nearby",
                        "Test: Pottery C Local",
                        "Test: Pottery D Leeds");
    }

    @Test
    void anUrduSpeakerGetsTheServiceSpeakingUrduAboveAnOtherwiseEqualOne() {
        List<Suggestion> urdu = suggest("I used to love chess", "BD3", "ur");
        List<Suggestion> english = suggest("I used to love chess", "BD3", "en");

        assertThat(names(urdu)).startsWith("Test: Chess Club Beta", "Test: Chess Club Alpha");
        assertThat(urdu.get(0).reasons()).endsWith("language");
        assertThat(urdu.get(0).score()).isGreaterThan(urdu.get(1).score());
        assertThat(names(english))
                .as("the same two, equal for an English speaker, go by name")
                .startsWith("Test: Chess Club Alpha", "Test: Chess Club Beta");
        assertThat(english.get(0).score()).isEqualTo(english.get(1).score());
        assertThat(names(suggest("chess", "BD3", "ur-PK")))
                .first()
                .isEqualTo("Test: Chess Club Beta");
    }

    @Test
    void wordsAreStemmedSoSwimmingFindsASwimService() {
        List<Suggestion> suggestions = suggest("Swimming always calmed me down", "BD3", null);

        assertThat(suggestions)
                .first()
                .satisfies(
                        first -> {
                            assertThat(first.service().name()).isEqualTo("Test: Swim Sessions");
                            assertThat(first.reasons())
                                    .containsExactly("category:exercise", "word:swimming", "area");
                            assertThat(first.score())
                                    .isEqualTo(SignpostMatcher.CATEGORY + SignpostMatcher.TAG + 3);
                        });
    }

    @Test
    void allTheirAnswersCountAndTheLimitIsKept() {
        Profile profile =
                new Profile(
                        List.of("My kids and my mum", "I used to swim", "chess with my dad"),
                        "BD3",
                        "en");

        List<Suggestion> three = matcher.suggest(profile, 3);

        assertThat(names(three))
                .as(
                        "services matching their words before one merely in two of the categories they spoke of")
                .containsExactly(
                        "Test: Chess Club Alpha", "Test: Chess Club Beta", "Test: Swim Sessions");
        assertThat(matcher.suggest(profile, 4).get(3).service().name())
                .isEqualTo("Test: Walking Football BD3");
        assertThat(matcher.suggest(profile, 4).get(3).reasons())
                .containsExactly("category:exercise", "category:social-groups", "area");
        assertThat(matcher.suggest(profile, 1)).hasSize(1);
        assertThatThrownBy(() -> matcher.suggest(profile, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wordsThatPointNowhereSuggestNothing() {
        assertThat(suggest("I would really like that", "BD3", "ur")).isEmpty();
        assertThat(matcher.suggest(new Profile(null, null, null), 3)).isEmpty();
    }

    @Test
    void aChangeToTheDirectoryReachesTheNextMatchAtOnce() {
        assertThat(suggest("ukulele", "BD3", null)).isEmpty();

        LocalService added =
                services.create(
                        new ServiceFields(
                                "Test: Ukulele Band",
                                List.of("creative-arts"),
                                List.of("BD3"),
                                List.of("en"),
                                null,
                                null,
                                null,
                                null,
                                List.of("ukulele")),
                        "test");
        assertThat(names(suggest("ukulele", "BD3", null))).containsExactly("Test: Ukulele Band");

        services.delete(added.id(), "test");
        assertThat(suggest("ukulele", "BD3", null)).isEmpty();
    }
}
