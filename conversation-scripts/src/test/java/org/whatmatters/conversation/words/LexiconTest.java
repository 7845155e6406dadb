package org.whatmatters.conversation.words;

import org.junit.jupiter.api.Test;
import org.whatmatters.conversation.answer.ChoiceAnswer;
import org.whatmatters.conversation.script.AskNode;
import org.whatmatters.conversation.script.Node;
import org.whatmatters.conversation.script.Script;
import org.whatmatters.conversation.script.ScriptLibrary;
import org.whatmatters.translations.catalog.CatalogEntry;
import org.whatmatters.translations.catalog.Catalogs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The words that work anywhere work in every served language, so none of them may be an ordinary answer in
 * another: a word that is STOP in one language must not be "yes", "no" or a choice in another.
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
                                collisions.add(language + " " + global + " '" + word + "' is " + other + " " + answer);
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
                        collisions.add("'" + word + "' is " + earlier + " and " + language + " " + kind);
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
                            Catalogs.shipped(language).entry(option.text().key()).map(CatalogEntry::translation)
                                    .map(Normalised::of).ifPresent(words::add);
                        }
                        for (String word : words) {
                            for (Lexicon.Kind global : Lexicon.globalKinds()) {
                                if (english.is(global, word)) {
                                    collisions.add(script.id() + "." + ask.id() + " option '" + word + "' is " + global);
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
            assertThat(lexicon.is(Lexicon.Kind.OPT_OUT, "بند کرو")).as(language + ": Urdu stop").isTrue();
            assertThat(lexicon.is(Lexicon.Kind.OPT_OUT, "STOP")).as(language + ": English stop").isTrue();
            assertThat(lexicon.is(Lexicon.Kind.HELP, "pomoc")).as(language + ": Polish help").isTrue();
            assertThat(lexicon.is(Lexicon.Kind.LANGUAGE, "ভাষা")).as(language + ": Bengali language").isTrue();
            assertThat(lexicon.is(Lexicon.Kind.TALK, "ਗੱਲ ਕਰੋ")).as(language + ": Punjabi talk").isTrue();
            assertThat(lexicon.is(Lexicon.Kind.SKIP, "ka bood")).as(language + ": Somali skip").isTrue();
            assertThat(lexicon.is(Lexicon.Kind.NO_MORE, "لا مزيد")).as(language + ": Arabic no more").isTrue();
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
}
