package org.whatmatters.conversation.words;

import org.whatmatters.conversation.script.Replies;
import org.whatmatters.translations.catalog.CatalogEntry;
import org.whatmatters.translations.catalog.Catalogs;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The short words people reply with — yes, no, and the words that work anywhere (STOP, HELP, ...) — in
 * each served language: English from {@code scripts/replies/words.yaml}, the others from their translation
 * catalogs ({@code words.*}), where interpreters review them with everything else.
 * <p>
 * The words that work anywhere ({@link Kind#global()}) work in <em>every</em> served language whatever
 * language the person chose, or before they chose one: an Urdu "بند کرو" sent before choosing Urdu must stop
 * messages. Yes and no are answers, so they are the person's language plus English (a word that is "yes" in
 * one language may mean something else in another). A few words that work anywhere in one language are
 * ordinary replies in another ({@link #OWN_LANGUAGE_ONLY}); those work only for people who chose that
 * language. Words are matched whatever their review state: a draft Urdu STOP that works is safer than none;
 * only texts that are sent wait for review.
 */
public final class Lexicon {

    public enum Kind {
        YES, NO, OPT_OUT, OPT_IN, HELP, LANGUAGE, STATUS, TALK, SKIP, LATER, NO_MORE;

        /** Whether this is a word that works anywhere, in every language (not an answer). */
        public boolean global() {
            return this != YES && this != NO;
        }

        String key() {
            return "words." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public static final List<String> SERVED_LANGUAGES = List.of("en", "ur", "pa", "bn", "pl", "ar", "so");

    /**
     * Words that work anywhere only for people who chose their language, because they are ordinary replies
     * elsewhere: Roman-Urdu "band" (stop) is an English word ("my band" answers "what do you enjoy?"), and
     * Somali "war" (news, for STATUS) is an English word too. Each language's other words for the same thing
     * (بند کرو, band karo, xaalad) work everywhere, and so does English STOP and STATUS.
     */
    static final Map<String, Set<String>> OWN_LANGUAGE_ONLY = Map.of("ur", Set.of("band"), "so", Set.of("war"));

    private final Map<Kind, Set<String>> words;

    private Lexicon(Map<Kind, Set<String>> words) {
        this.words = words;
    }

    /** Read once: every step of every conversation looks words up. */
    private static final Map<String, Map<Kind, Set<String>>> BY_LANGUAGE = SERVED_LANGUAGES.stream()
            .collect(Collectors.toUnmodifiableMap(language -> language, Lexicon::read));

    private static final Map<String, Lexicon> LEXICONS = SERVED_LANGUAGES.stream()
            .collect(Collectors.toUnmodifiableMap(language -> language, Lexicon::build));

    /** The words for someone who chose {@code language}; English's for a language not served. */
    public static Lexicon forLanguage(String language) {
        return LEXICONS.getOrDefault(language, LEXICONS.get("en"));
    }

    /** The words of one kind as {@code language}'s list has them (normalised), for checks and tests. */
    static Set<String> wordsOf(String language, Kind kind) {
        return BY_LANGUAGE.getOrDefault(language, Map.of()).getOrDefault(kind, Set.of());
    }

    private static Lexicon build(String language) {
        Map<Kind, Set<String>> words = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            Set<String> all = new HashSet<>(wordsOf("en", kind));
            if (kind.global()) {
                for (String other : SERVED_LANGUAGES) {
                    Set<String> theirs = new HashSet<>(wordsOf(other, kind));
                    if (!other.equals(language)) {
                        theirs.removeAll(OWN_LANGUAGE_ONLY.getOrDefault(other, Set.of()));
                    }
                    all.addAll(theirs);
                }
            } else {
                all.addAll(wordsOf(language, kind));
            }
            words.put(kind, Set.copyOf(all));
        }
        return new Lexicon(Map.copyOf(words));
    }

    /** Whether the whole reply is one of the words of this kind. */
    public boolean is(Kind kind, String reply) {
        return words.getOrDefault(kind, Set.of()).contains(Normalised.of(reply));
    }

    /** The kinds of word that work anywhere. */
    static Set<Kind> globalKinds() {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        for (Kind kind : Kind.values()) {
            if (kind.global()) {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    private static Map<Kind, Set<String>> read(String language) {
        Map<Kind, Set<String>> words = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            String list = "en".equals(language)
                    ? Replies.shipped().get(kind.key()).source()
                    : Catalogs.shipped(language).entry(kind.key()).map(CatalogEntry::translation).orElse("");
            words.put(kind, Arrays.stream(list.split(","))
                    .map(Normalised::of).filter(word -> !word.isEmpty()).collect(Collectors.toUnmodifiableSet()));
        }
        return Map.copyOf(words);
    }
}
