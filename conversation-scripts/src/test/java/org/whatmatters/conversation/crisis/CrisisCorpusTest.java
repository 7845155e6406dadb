package org.whatmatters.conversation.crisis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.whatmatters.conversation.engine.CrisisCheck;

/**
 * The goal on the development set of the crisis corpus, so a regression fails the build: in every
 * language no sentence of any kind misses the support it needs, and at most 5% of ordinary
 * sentences raise an alarm. (The held-out set is only scored, by {@link CrisisBenchmark}.)
 */
class CrisisCorpusTest {

    private static final CrisisDetector DETECTOR = CrisisDetector.forServedLanguages();
    private static final Set<String> KINDS =
            Set.of(
                    "wish-dead",
                    "ideation",
                    "intent",
                    "plan",
                    "medication",
                    "ligature",
                    "heights",
                    "railway",
                    "bridge",
                    "water",
                    "weapon",
                    "edge",
                    "self-harm",
                    "goodbye",
                    "giving-away",
                    "arrangements",
                    "not-safe",
                    "hopeless",
                    "burden",
                    "safeguarding",
                    "concern");

    static List<CrisisCorpus.Line> needingSupport() {
        return CrisisCorpus.of("dev").stream().filter(line -> !line.ordinary()).toList();
    }

    /**
     * One test over the sentences, not one per sentence: PIT runs a JUnit 5 test case by case for
     * every mutant, and 300 cases here made a run far too long. A failure lists every sentence
     * missed.
     */
    @Test
    void everyDevelopmentSentenceThatNeedsSupportGetsIt() {
        assertThat(needingSupport())
                .isNotEmpty()
                .allSatisfy(
                        line -> {
                            CrisisCheck.Assessment assessment = DETECTOR.assess(line.text());
                            assertThat(line.answeredBy(assessment))
                                    .as(
                                            line.where()
                                                    + " "
                                                    + line.kind()
                                                    + " got "
                                                    + assessment.tier()
                                                    + ": "
                                                    + line.text())
                                    .isTrue();
                        });
    }

    @ParameterizedTest
    @MethodSource("org.whatmatters.conversation.crisis.CrisisCorpus#languages")
    void atMostFivePercentOfOrdinaryDevelopmentSentencesAlarm(String language) {
        List<CrisisCorpus.Line> ordinary =
                CrisisCorpus.of("dev", language).stream()
                        .filter(CrisisCorpus.Line::ordinary)
                        .toList();
        List<String> alarmed =
                ordinary.stream()
                        .filter(line -> !line.answeredBy(DETECTOR.assess(line.text())))
                        .map(line -> line.where() + ": " + line.text())
                        .toList();
        assertThat(alarmed.size())
                .as(language + " false alarms " + alarmed)
                .isLessThanOrEqualTo(ordinary.size() * 5 / 100);
    }

    @ParameterizedTest
    @MethodSource("org.whatmatters.conversation.crisis.CrisisCorpus#languages")
    void eachLanguageHasSixtySentencesNeedingSupportAndSixtyOrdinaryOnesCoveringEveryKind(
            String language) {
        List<CrisisCorpus.Line> all =
                CrisisCorpus.SETS.stream()
                        .flatMap(set -> CrisisCorpus.of(set, language).stream())
                        .toList();
        assertThat(all.stream().filter(line -> !line.ordinary())).hasSizeGreaterThanOrEqualTo(60);
        assertThat(all.stream().filter(CrisisCorpus.Line::ordinary))
                .hasSizeGreaterThanOrEqualTo(60);
        for (String set : CrisisCorpus.SETS) {
            assertThat(
                            CrisisCorpus.of(set, language).stream()
                                    .filter(line -> !line.ordinary())
                                    .map(CrisisCorpus.Line::kind)
                                    .collect(Collectors.toSet()))
                    .as(set + "/" + language)
                    .isEqualTo(KINDS);
        }
    }

    @Test
    void concernSentencesAreTaggedConcernAndCrisisOnesCrisis() {
        assertThat(CrisisCorpus.of("dev"))
                .allSatisfy(
                        line ->
                                assertThat(line.tier() == CrisisCheck.Tier.CONCERN)
                                        .as(line.where())
                                        .isEqualTo(line.kind().equals("concern")));
    }
}
