package org.whatmatters.conversation.words;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.whatmatters.conversation.answer.ChoiceAnswer;
import org.whatmatters.conversation.script.AskNode;
import org.whatmatters.conversation.script.Node;
import org.whatmatters.conversation.script.Script;
import org.whatmatters.conversation.script.ScriptLibrary;
import org.whatmatters.translations.catalog.CatalogEntry;
import org.whatmatters.translations.catalog.Catalogs;

/**
 * The words that work anywhere work in every served language, so none of them may be an ordinary
 * answer in another: a word that is STOP in one language must not be "yes", "no" or a choice in
 * another.
 */
class LexiconTest {

    private static final List<String> LANGUAGES = Lexicon.SERVED_LANGUAGES;

    @Test
    void aWordThatWorksAnywhereInOneLanguageIsNeverYesOrNoInAnother() {
        List<String> collisions = new ArrayList<>();
        for (String language : LANGUAGES) {
            Lexicon lexicon = Lexicon.forLanguage(language);
            for (String other : LANGUAGES) {
                for (Lexicon.Kind answer : List.of(Lexicon.Kind.YES, Lexicon.Kind.NO)) {
                    for (String word : Lexicon.wordsOf(other, answer)) {
                        for (Lexicon.Kind global : Lexicon.globalKinds()) {
                            if (lexicon.is(global, word)) {
                                collisions.add(
                                        language + " " + global + " '" + word + "' is " + other
                                                + " " + answer);
                            }
                        }
                    }
                }
            }
        }
        assertThat(collisions).isEmpty();
    }

    @Test
    void noWordMeansTwoDifferentThingsThatWorkAnywhere() {
        Map<String, String> meaning = new HashMap<>();
        List<String> collisions = new ArrayList<>();
        for (String language : LANGUAGES) {
            for (Lexicon.Kind kind : Lexicon.globalKinds()) {
                for (String word : Lexicon.wordsOf(language, kind)) {
                    String earlier = meaning.putIfAbsent(word, kind.name());
                    if (earlier != null && !earlier.equals(kind.name())) {
                        collisions.add(
                                "'" + word + "' is " + earlier + " and " + language + " " + kind);
                    }
                }
            }
        }
        assertThat(collisions).isEmpty();
    }

    @Test
    void noWordThatWorksAnywhereIsAChoiceOptionInAnyLanguage() {
        Lexicon english = Lexicon.forLanguage("en");
        List<String> collisions = new ArrayList<>();
        for (Script script : ScriptLibrary.shipped().all()) {
            for (Node node : script.nodes()) {
                if (node instanceof AskNode ask && ask.answer() instanceof ChoiceAnswer choice) {
                    for (ChoiceAnswer.Option option : choice.options()) {
                        List<String> words = new ArrayList<>(option.words());
                        for (String language : Catalogs.TRANSLATED) {
                            Catalogs.shipped(language)
                                    .entry(option.text().key())
                                    .map(CatalogEntry::translation)
                                    .map(Normalised::of)
                                    .ifPresent(words::add);
                        }
                        for (String word : words) {
                            for (Lexicon.Kind global : Lexicon.globalKinds()) {
                                if (english.is(global, word)) {
                                    collisions.add(
                                            script.id()
                                                    + "."
                                                    + ask.id()
                                                    + " option '"
                                                    + word
                                                    + "' is "
                                                    + global);
                                }
                            }
                        }
                    }
                }
            }
        }
        assertThat(collisions).isEmpty();
    }

    @Test
    void globalWordsOfEveryLanguageWorkForEveryone() {
        for (String language : LANGUAGES) {
            Lexicon lexicon = Lexicon.forLanguage(language);
            assertThat(lexicon.is(Lexicon.Kind.OPT_OUT, "بند کرو"))
                    .as(language + ": Urdu stop")
                    .isTrue();
            assertThat(lexicon.is(Lexicon.Kind.OPT_OUT, "STOP"))
                    .as(language + ": English stop")
                    .isTrue();
            assertThat(lexicon.is(Lexicon.Kind.HELP, "pomoc"))
                    .as(language + ": Polish help")
                    .isTrue();
            assertThat(lexicon.is(Lexicon.Kind.LANGUAGE, "ভাষা"))
                    .as(language + ": Bengali language")
                    .isTrue();
            assertThat(lexicon.is(Lexicon.Kind.TALK, "ਗੱਲ ਕਰੋ"))
                    .as(language + ": Punjabi talk")
                    .isTrue();
            assertThat(lexicon.is(Lexicon.Kind.SKIP, "ka bood"))
                    .as(language + ": Somali skip")
                    .isTrue();
            assertThat(lexicon.is(Lexicon.Kind.NO_MORE, "لا مزيد"))
                    .as(language + ": Arabic no more")
                    .isTrue();
        }
    }

    @Test
    void yesAndNoStayThePersonsLanguageAndEnglish() {
        assertThat(Lexicon.forLanguage("pl").is(Lexicon.Kind.YES, "tak")).isTrue();
        assertThat(Lexicon.forLanguage("pl").is(Lexicon.Kind.YES, "yes")).isTrue();
        assertThat(Lexicon.forLanguage("en").is(Lexicon.Kind.YES, "tak")).isFalse();
        assertThat(Lexicon.forLanguage("ur").is(Lexicon.Kind.NO, "nie")).isFalse();
    }

    @Test
    void aWordThatIsAnOrdinaryEnglishReplyWorksOnlyForItsOwnLanguage() {
        assertThat(Lexicon.forLanguage("ur").is(Lexicon.Kind.OPT_OUT, "band")).isTrue();
        assertThat(Lexicon.forLanguage("en").is(Lexicon.Kind.OPT_OUT, "band")).isFalse();
        assertThat(Lexicon.forLanguage("en").is(Lexicon.Kind.OPT_OUT, "band karo")).isTrue();
        assertThat(Lexicon.forLanguage("so").is(Lexicon.Kind.STATUS, "war")).isTrue();
        assertThat(Lexicon.forLanguage("pl").is(Lexicon.Kind.STATUS, "war")).isFalse();
    }

    @Test
    void aMarkedWordWorksOnlyForPeopleWhoChoseItsLanguageAndAnUnmarkedOneForEveryone() {
        Map<String, Map<Lexicon.Kind, Lexicon.Listed>> lists =
                Map.of(
                        "en",
                                Map.of(
                                        Lexicon.Kind.OPT_OUT,
                                        Lexicon.parse("en", Lexicon.Kind.OPT_OUT, "stop")),
                        "ur",
                                Map.of(
                                        Lexicon.Kind.OPT_OUT,
                                        Lexicon.parse(
                                                "ur", Lexicon.Kind.OPT_OUT, "band karo, =band")),
                        "pl",
                                Map.of(
                                        Lexicon.Kind.OPT_OUT,
                                        Lexicon.parse("pl", Lexicon.Kind.OPT_OUT, "koniec")));

        Lexicon urdu = Lexicon.build("ur", lists);
        Lexicon english = Lexicon.build("en", lists);
        Lexicon polish = Lexicon.build("pl", lists);

        assertThat(urdu.is(Lexicon.Kind.OPT_OUT, "Band!"))
                .as("marked, their own language")
                .isTrue();
        assertThat(english.is(Lexicon.Kind.OPT_OUT, "band"))
                .as("marked, someone who chose English")
                .isFalse();
        assertThat(polish.is(Lexicon.Kind.OPT_OUT, "band"))
                .as("marked, someone who chose Polish")
                .isFalse();
        for (Lexicon lexicon : List.of(urdu, english, polish)) {
            assertThat(lexicon.is(Lexicon.Kind.OPT_OUT, "band karo")).as("unmarked Urdu").isTrue();
            assertThat(lexicon.is(Lexicon.Kind.OPT_OUT, "koniec")).as("unmarked Polish").isTrue();
            assertThat(lexicon.is(Lexicon.Kind.OPT_OUT, "STOP")).as("English").isTrue();
        }
    }

    @Test
    void theMarkIsNotPartOfTheWord() {
        Lexicon.Listed listed = Lexicon.parse("ur", Lexicon.Kind.OPT_OUT, " band karo ,= Band,,  ");

        assertThat(listed.everywhere()).containsExactly("band karo");
        assertThat(listed.ownLanguageOnly()).containsExactly("band");
    }

    @Test
    void aMarkWithNoWordOrOnYesOrNoIsAMistakeNamedWhereItIs() {
        assertThatThrownBy(
                        () ->
                                Lexicon.parse(
                                        "catalogs/ur.xlf:1352 words.opt-out",
                                        Lexicon.Kind.OPT_OUT,
                                        "band karo, ="))
                .hasMessage("catalogs/ur.xlf:1352 words.opt-out: '=' has no word after =");
        assertThatThrownBy(
                        () ->
                                Lexicon.parse(
                                        "catalogs/ur.xlf:1334 words.yes",
                                        Lexicon.Kind.YES,
                                        "haan, =ji"))
                .hasMessageStartingWith(
                        "catalogs/ur.xlf:1334 words.yes: '=ji': = is for words that work anywhere");
    }

    @Test
    void theShippedCatalogsMarkRomanUrduBandAndSomaliWar() {
        assertThat(Lexicon.ownLanguageOnly("ur", Lexicon.Kind.OPT_OUT)).containsExactly("band");
        assertThat(Lexicon.ownLanguageOnly("so", Lexicon.Kind.STATUS)).containsExactly("war");
        assertThat(Lexicon.wordsOf("ur", Lexicon.Kind.OPT_OUT)).contains("band", "band karo");
        for (String language : LANGUAGES) {
            for (Lexicon.Kind kind : Lexicon.Kind.values()) {
                if (!(language.equals("ur") && kind == Lexicon.Kind.OPT_OUT)
                        && !(language.equals("so") && kind == Lexicon.Kind.STATUS)) {
                    assertThat(Lexicon.ownLanguageOnly(language, kind))
                            .as(language + " " + kind)
                            .isEmpty();
                }
            }
        }
    }
}
