package org.whatmatters.conversation.crisis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.whatmatters.conversation.engine.CrisisCheck;

class CrisisDetectorTest {

    private static final CrisisDetector DETECTOR = CrisisDetector.forServedLanguages();

    /**
     * Read once: JUnit calls a {@code @MethodSource} again for every single case it is asked to
     * run, which PIT does case by case for each mutant (each call read every catalog again, and a
     * run did not finish: README "Mutation testing").
     */
    private static final List<CrisisList> LISTS = readLists();

    /** Every served language's list, parsed as the detector reads it. */
    static List<CrisisList> lists() {
        return LISTS;
    }

    private static List<CrisisList> readLists() {
        List<CrisisList> lists = new ArrayList<>();
        lists.add(
                CrisisDetector.parse(
                        "crisis.yaml",
                        "en",
                        org.whatmatters.conversation.script.Replies.shipped()
                                .get(CrisisDetector.KEY)
                                .source()));
        for (String language : org.whatmatters.translations.catalog.Catalogs.TRANSLATED) {
            lists.add(
                    CrisisDetector.parse(
                            language,
                            language,
                            org.whatmatters.translations.catalog.Catalogs.shipped(language)
                                    .entry(CrisisDetector.KEY)
                                    .orElseThrow()
                                    .translation()));
        }
        return lists;
    }

    /**
     * Every phrase of every list, inside a sentence around it, with the tier it is listed under.
     */
    static Stream<Arguments> everyPhraseInASentence() {
        return lists().stream()
                .flatMap(list -> list.phrases.stream())
                .map(
                        phrase ->
                                Arguments.of(
                                        "honestly... "
                                                + phrase.term().text().replace("*", "")
                                                + ", sorry",
                                        phrase.entry().tier()));
    }

    /**
     * One test over all the phrases, not one test per phrase: PIT runs a JUnit 5 test case by case,
     * with a discovery each, for every mutant, and the 1,200 cases here kept a run from finishing.
     * A failure lists every phrase missed.
     */
    @Test
    void everyListedPhraseTriggersItsTierInsideASentence() {
        List<Arguments> cases = everyPhraseInASentence().toList();
        assertThat(cases)
                .isNotEmpty()
                .allSatisfy(
                        arguments -> {
                            String sentence = (String) arguments.get()[0];
                            CrisisCheck.Tier tier = (CrisisCheck.Tier) arguments.get()[1];
                            assertThat(DETECTOR.assess(sentence).tier())
                                    .as(sentence)
                                    .isGreaterThanOrEqualTo(tier);
                            if (tier == CrisisCheck.Tier.CRISIS) {
                                assertThat(DETECTOR.match(sentence)).as(sentence).isPresent();
                            }
                        });
    }

    /**
     * Every combination, written as the first word of each of its parts side by side ("#" as a
     * number).
     */
    static Stream<Arguments> everyCombinationOnItsOwnWords() {
        return lists().stream()
                .flatMap(list -> list.combinations.stream())
                .map(
                        combination ->
                                Arguments.of(
                                        combination.parts().stream()
                                                .map(
                                                        part ->
                                                                part.all()
                                                                        .get(0)
                                                                        .text()
                                                                        .replace("*", "")
                                                                        .replace("#", "30"))
                                                .collect(java.util.stream.Collectors.joining(" ")),
                                        combination.entry().tier(),
                                        combination.entry().id()));
    }

    /**
     * One test over all the combinations, as {@link
     * #everyListedPhraseTriggersItsTierInsideASentence}.
     */
    @Test
    void everyCombinationTriggersItsTier() {
        List<Arguments> cases = everyCombinationOnItsOwnWords().toList();
        assertThat(cases)
                .isNotEmpty()
                .allSatisfy(
                        arguments -> {
                            String sentence = (String) arguments.get()[0];
                            CrisisCheck.Tier tier = (CrisisCheck.Tier) arguments.get()[1];
                            String id = (String) arguments.get()[2];
                            assertThat(DETECTOR.assess(sentence).tier())
                                    .as(id + ": " + sentence)
                                    .isGreaterThanOrEqualTo(tier);
                        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I want to kill myself",
                "i just want to END IT all!!!",
                "no point living tbh 😞",
                "I can't go on like this",
                "cant go on anymore",
                "I'm going to take all my pills tonight",
                "took all my pills an hour ago",
                "I want to die",
                "i wanna die",
                "want 2 die",
                "WANT TO DIIIIE",
                "i wish i was dead",
                "everyone would be better off without me",
                "Nobody would miss me if I was gone",
                "there's no reason to live",
                "I have nothing to live for anymore",
                "I'm feeling suicidal",
                "feeling suicidel again",
                "having sucidal thoughts",
                "thinking about suicide",
                "I took an overdose",
                "might overdose tonight",
                "I'm going to hang myself",
                "I keep cutting myself",
                "I want to hurt myself",
                "self-harm again last night",
                "I'm going to jump off a bridge",
                "I'll step in front of a train",
                "I don't want to be here anymore",
                "don’t want to wake up tomorrow",
                "I'm so tired of living",
                "I've given up... i give up on life",
                "can't take it anymore",
                "cant cope anymore honestly",
                "i want to end my life",
                "thinking of ending my life",
                "I'm going to end it tonight",
                "this is goodbye",
                "I want to take my own life",
                "life is not worth living",
                "Life isn't worth living",
                // common wording an audit found missed: slang, typing slips, and everyday ways of
                // saying it
                "kms",
                "kill my slef",
                "end my lfe",
                "overdoes",
                "I don't want to be alive anymore",
                "I can't do this anymore",
                "can't carry on",
                "cant carry on anymore",
                "thinking of ending it",
                "I'm ending it tonight",
                "I'm going to end things",
                "I want it to end",
                "I've taken too many tablets",
                "took a load of paracetamol",
                "No point in going on",
                "life's not worth it",
                "I feel like dying",
                "I wish I wasn't here",
                "I want to disappear forever",
                "I have a rope ready",
                // filler words inside a phrase, and slips in longer words
                "i want to just die",
                "kill my fucking self",
                "I want to really really die",
                "I'm going to hang mysefl",
                "thinking about sucide",
                "I wnat to die",
                "gonna top myself"
            })
    void englishCrisisSentencesTrigger(String sentence) {
        assertThat(DETECTOR.match(sentence)).as(sentence).isPresent();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // Urdu, script and Roman
                "میں مرنا چاہتا ہوں اب",
                "مجھے لگتا ہے خودکشی ہی راستہ ہے",
                "جینے کا کوئی فائدہ نہیں ہے",
                "main marna chahta hoon",
                "khudkushi ka soch raha hoon",
                "میں اب اور نہیں جی سکتی",
                "apni jaan le lun kya",
                "سب ختم کر دوں گا",
                "ساری گولیاں کھا لیں میں نے",
                "khud kushi",
                "میں نے سوچا خود کشی کر لوں",
                // Punjabi
                "ਮੈਂ ਮਰਨਾ ਚਾਹੁੰਦਾ ਹਾਂ",
                "ਖੁਦਕੁਸ਼ੀ ਬਾਰੇ ਸੋਚਦਾ ਹਾਂ",
                "ਮੈਂ ਹੋਰ ਨਹੀਂ ਜੀ ਸਕਦੀ",
                "ਜੀਣ ਦਾ ਕੋਈ ਫ਼ਾਇਦਾ ਨਹੀਂ",
                "ਆਤਮ ਹੱਤਿਆ",
                "ਸਾਰੀਆਂ ਗੋਲੀਆਂ ਖਾ ਲਈਆਂ",
                "main marna chaunda haan",
                "ਸਭ ਕੁਝ ਖਤਮ ਕਰ ਦੇਵਾਂ",
                "ਜ਼ਿੰਦਗੀ ਖਤਮ ਕਰ ਦੇਵਾਂ",
                "ਮਰਨਾ ਚਾਹੁੰਦੀ ਹਾਂ",
                // Bengali
                "আমি মরতে চাই",
                "আত্মহত্যা করব",
                "বেঁচে থাকার কোনো মানে নেই",
                "আর বাঁচতে পারছি না",
                "সব শেষ করে দিতে চাই",
                "জীবন শেষ করে দেব",
                "নিজেকে মেরে ফেলব",
                "সব ঘুমের ওষুধ খেয়েছি",
                "মরে যেতে চাই",
                "ami morte chai",
                // Polish, with and without diacritics
                "chcę umrzeć",
                "chce umrzec",
                "nie chcę już żyć",
                "nie chce juz zyc",
                "myślę o samobójstwo",
                "zabiję się dziś",
                "połknęłam wszystkie tabletki",
                "chce sie zabic",
                "mam myśli samobójcze",
                "nie ma sensu żyć",
                // Arabic, with and without hamza
                "أريد أن أموت",
                "اريد ان اموت",
                "أفكر في الانتحار",
                "سأقتل نفسي",
                "لا أريد أن أعيش",
                "لم أعد أحتمل",
                "سأنهي حياتي الليلة",
                "أخذت كل الحبوب",
                "لا فائدة من الحياة",
                "انتحار",
                // Somali
                "waxaan rabaa inaan dhinto",
                "is dilid ayaan ka fikirayaa",
                "ma rabo inaan noolaado",
                "ma sii socon karo",
                "kiniinada oo dhan qaatay",
                "naftayda dilo",
                "nolosha wax macno ah ma leh",
                "dhimasho ayaa iga roon",
                "isdilid",
                "naftayda iska qaado"
            })
    void crisisSentencesInEveryServedLanguageTrigger(String sentence) {
        assertThat(DETECTOR.match(sentence)).as(sentence).isPresent();
    }

    static Stream<String> benign() throws IOException {
        try (InputStream in =
                CrisisDetectorTest.class.getResourceAsStream("/crisis/benign-en.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines().filter(line -> !line.isBlank()).toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("benign")
    void everydayFiguresOfSpeechDoNotTrigger(String sentence) {
        assertThat(DETECTOR.match(sentence)).as(sentence).isEmpty();
    }

    @Test
    void thereAreEnoughBenignSentences() throws IOException {
        assertThat(benign()).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void emptyAndOddMessagesDoNotTrigger() {
        assertThat(DETECTOR.match("")).isEmpty();
        assertThat(DETECTOR.match("🙂🙂🙂")).isEmpty();
        assertThat(DETECTOR.match("x".repeat(1600))).isEmpty();
        assertThat(DETECTOR.match(null)).isEmpty();
    }

    @Test
    void aMatchIsReportedByPhraseIdNotByTheMessage() {
        assertThat(DETECTOR.match("my secret: I want to kill myself")).contains("en:kill myself");
    }

    @Test
    void aBadListLineIsReportedWithFileAndLine() {
        assertThatThrownBy(
                        () ->
                                CrisisDetector.parse(
                                        "risk/xx.txt", "xx", "# comment\nkill myself\n!!!\n"))
                .hasMessage("risk/xx.txt:3: '!!!' has no letters to match");
        assertThatThrownBy(
                        () ->
                                CrisisDetector.parse(
                                        "risk/xx.txt", "xx", "kill myself\n\nKill  Myself!\n"))
                .hasMessage("risk/xx.txt:3: 'Kill  Myself!' matches the same as line 1");
        assertThatThrownBy(() -> CrisisDetector.parse("risk/xx.txt", "xx", "~end it\n"))
                .hasMessage(
                        "risk/xx.txt:1: '~' (one letter off) is for single words, not '~end it'");
    }

    @Test
    void aBadConceptOrCombinationIsReportedWithFileAndLine() {
        assertThatThrownBy(
                        () ->
                                CrisisDetector.parse(
                                        "risk/xx.txt", "xx", "[method]\n@pills + took\n"))
                .hasMessage("risk/xx.txt:2: @pills is not defined above");
        assertThatThrownBy(
                        () ->
                                CrisisDetector.parse(
                                        "risk/xx.txt", "xx", "@pills = pills\n@pills = tablets\n"))
                .hasMessage("risk/xx.txt:2: @pills is defined twice");
        assertThatThrownBy(() -> CrisisDetector.parse("risk/xx.txt", "xx", "@pills = pills, !!\n"))
                .hasMessage(
                        "risk/xx.txt:1: '@pills = pills, !!' has a word with no letters to match");
    }

    @Test
    void aCombinationMatchesItsPartsInAnyOrderWithinItsWindowOnly() {
        CrisisDetector detector =
                new CrisisDetector(
                        List.of(
                                CrisisDetector.parse(
                                        "t",
                                        "xx",
                                        "[medication]\n@pills = tablets, paracet*\ntook|swallowed + all|# + @pills within 3\n!# mg\n[concern]\ncan't cope\n")));
        assertThat(detector.assess("I took all my tablets"))
                .isEqualTo(
                        new CrisisCheck.Assessment(
                                CrisisCheck.Tier.CRISIS,
                                "medication",
                                "xx:took|swallowed + all|# + @pills within 3"));
        assertThat(detector.match("paracetamols, 30, swallowed"))
                .as("any order, any ending, a number")
                .isPresent();
        assertThat(detector.match("I took all of the kids to the park and then bought tablets"))
                .as("outside the window")
                .isEmpty();
        assertThat(detector.match("I took 20 mg of paracetamol"))
                .as("a saying is ignored")
                .isEmpty();
        assertThat(detector.assess("I can't cope").tier()).isEqualTo(CrisisCheck.Tier.CONCERN);
        assertThat(detector.match("I can't cope")).as("match is the crisis tier only").isEmpty();
        assertThat(detector.assess("I can't cope, I took all my tablets").tier())
                .as("both: crisis")
                .isEqualTo(CrisisCheck.Tier.CRISIS);
    }

    @Test
    void everyIdFitsWhereTheAlertKeepsIt() {
        assertThat(lists())
                .flatMap(
                        list ->
                                java.util.stream.Stream.concat(
                                                list.phrases.stream().map(CrisisList.Phrase::entry),
                                                list.combinations.stream()
                                                        .map(CrisisList.Combination::entry))
                                        .toList())
                .allSatisfy(
                        entry ->
                                assertThat(entry.id().codePointCount(0, entry.id().length()))
                                        .isLessThanOrEqualTo(CrisisList.ID_MAX_LENGTH));
    }

    @Test
    void theLongestMessageIsCheckedQuicklyAndStillFound() {
        String longest = "took all my ".repeat(130) + "tablets";
        long start = System.nanoTime();
        assertThat(DETECTOR.match(longest)).isPresent();
        assertThat(DETECTOR.assess("all the best, bye ".repeat(90)).tier())
                .isEqualTo(CrisisCheck.Tier.NONE);
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start))
                .as("generous: a slow machine shared by many")
                .isLessThan(java.time.Duration.ofSeconds(2));
    }

    @Test
    void wordsRunTogetherOrSplitStillMatch() {
        assertThat(DETECTOR.match("i want to killmyself")).isPresent();
        assertThat(DETECTOR.match("thinking about sui cide")).isPresent();
        assertThat(DETECTOR.match("میں خودکشی کرنا چاہتا ہوں")).isPresent();
        assertThat(DETECTOR.match("میں خود کشی کرنا چاہتا ہوں")).isPresent();
    }

    @Test
    void englishHasAtLeastFortyPhrases() {
        assertThat(DETECTOR.size("en")).isGreaterThanOrEqualTo(40);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ur", "pa", "bn", "pl", "ar", "so"})
    void everyOtherServedLanguageHasAtLeastTenPhrasesOfItsOwn(String language) {
        assertThat(DETECTOR.size(language)).as(language).isGreaterThanOrEqualTo(10);
    }

    @Test
    void aSlipMustKeepTheFirstLetterAndNegationsMustBeExact() {
        assertThat(CrisisText.sameWordOrSlip("self", "slef")).as("two letters swapped").isTrue();
        assertThat(CrisisText.sameWordOrSlip("life", "lfe")).as("a letter left out").isTrue();
        assertThat(CrisisText.sameWordOrSlip("suicidal", "suicidel"))
                .as("one letter wrong in a long word")
                .isTrue();
        assertThat(CrisisText.sameWordOrSlip("living", "giving"))
                .as("first letter wrong")
                .isFalse();
        assertThat(CrisisText.sameWordOrSlip("live", "love"))
                .as("one letter wrong in a four-letter word")
                .isFalse();
        assertThat(CrisisText.sameWordOrSlip("cant", "can")).as("a negation lost").isFalse();
        assertThat(CrisisText.sameWordOrSlip("die", "dye"))
                .as("three-letter words are exact")
                .isFalse();
        assertThat(CrisisText.sameWordOrSlip("انتحار", "انتحر"))
                .as("no slips outside Latin letters")
                .isFalse();
        assertThat(DETECTOR.match("I can go on Monday instead")).isEmpty();
    }
}
