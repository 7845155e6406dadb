package org.whatmatters.conversation.words;

import org.whatmatters.conversation.script.Replies;
import org.whatmatters.translations.catalog.CatalogEntry;
import org.whatmatters.translations.catalog.Catalogs;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The short words people reply with — yes, no, and the words that work anywhere (STOP, HELP, ...) — in
 * each served language: English from {@code scripts/replies/words.yaml}, the others from their translation
 * catalogs ({@code words.*}), where interpreters review them with everything else. English always applies
 * too: many people text STOP whatever language they chose. Words are matched whatever their review state:
 * a draft Urdu STOP that works is safer than none; only texts that are sent wait for review.
 */
public final class Lexicon {

    public enum Kind { YES, NO, OPT_OUT, OPT_IN, HELP, LANGUAGE, STATUS, TALK, SKIP, LATER, NO_MORE }

    public static final List<String> SERVED_LANGUAGES = List.of("en", "ur", "pa", "bn", "pl", "ar", "so");

    private final Map<Kind, Set<String>> words;

    private Lexicon(Map<Kind, Set<String>> words) {
        this.words = words;
    }

    /** Read once: every step of every conversation looks words up. */
    private static final Map<String, Lexicon> BY_LANGUAGE = SERVED_LANGUAGES.stream()
            .collect(Collectors.toUnmodifiableMap(language -> language, Lexicon::build));

    /** The words for {@code language}, with English added; English alone for a language not served. */
    public static Lexicon forLanguage(String language) {
        return BY_LANGUAGE.getOrDefault(language, BY_LANGUAGE.get("en"));
    }

    private static Lexicon build(String language) {
        Map<Kind, Set<String>> words = new HashMap<>(read("en"));
        if (!"en".equals(language) && SERVED_LANGUAGES.contains(language)) {
            read(language).forEach((kind, extra) -> words.merge(kind, extra, (a, b) -> {
                Set<String> both = new HashSet<>(a);
                both.addAll(b);
                return both;
            }));
        }
        return new Lexicon(Map.copyOf(words));
    }

    /** Whether the whole reply is one of the words of this kind. */
    public boolean is(Kind kind, String reply) {
        return words.getOrDefault(kind, Set.of()).contains(Normalised.of(reply));
    }

    private static Map<Kind, Set<String>> read(String language) {
        Map<Kind, Set<String>> words = new HashMap<>();
        for (Kind kind : Kind.values()) {
            String key = "words." + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
            String list = "en".equals(language)
                    ? Replies.shipped().get(key).source()
                    : Catalogs.shipped(language).entry(key).map(CatalogEntry::translation).orElse("");
            words.put(kind, Arrays.stream(list.split(","))
                    .map(Normalised::of).filter(word -> !word.isEmpty()).collect(Collectors.toUnmodifiableSet()));
        }
        return words;
    }
}
