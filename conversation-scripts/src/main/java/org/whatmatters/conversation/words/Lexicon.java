package org.whatmatters.conversation.words;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.whatmatters.conversation.script.Replies;
import org.whatmatters.conversation.script.Text;
import org.whatmatters.translations.catalog.CatalogEntry;
import org.whatmatters.translations.catalog.Catalogs;

/**
 * The short words people reply with — yes, no, and the words that work anywhere (STOP, HELP, ...) —
 * in each served language: English from {@code scripts/replies/words.yaml}, the others from their
 * translation catalogs ({@code words.*}), where interpreters review them with everything else.
 *
 * <p>The words that work anywhere ({@link Kind#global()}) work in <em>every</em> served language
 * whatever language the person chose, or before they chose one: an Urdu "بند کرو" sent before
 * choosing Urdu must stop messages. Yes and no are answers, so they are the person's language plus
 * English (a word that is "yes" in one language may mean something else in another). A word that
 * works anywhere in one language but is an ordinary reply in another is marked in its list with
 * {@value #OWN_LANGUAGE_ONLY} ("=band": Roman-Urdu for stop, and an English word): it works only
 * for people who chose that language. Words are matched whatever their review state: a draft Urdu
 * STOP that works is safer than none; only texts that are sent wait for review.
 */
public final class Lexicon {

    public enum Kind {
        YES,
        NO,
        OPT_OUT,
        OPT_IN,
        HELP,
        LANGUAGE,
        STATUS,
        TALK,
        SKIP,
        LATER,
        NO_MORE;

        /** Whether this is a word that works anywhere, in every language (not an answer). */
        public boolean global() {
            return this != YES && this != NO;
        }

        /**
         * The key of this kind's list in {@code words.yaml} and the catalogs, e.g. {@code
         * words.no-more}.
         */
        public String key() {
            return "words." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public static final List<String> SERVED_LANGUAGES =
            List.of("en", "ur", "pa", "bn", "pl", "ar", "so");

    /**
     * Put before a word that works anywhere to make it work only for people who chose the list's
     * language, because it is an ordinary reply elsewhere: Roman-Urdu "=band" (stop; "my band"
     * answers "what do you enjoy?") and Somali "=war" (news, for STATUS). The language's other
     * words for the same thing (بند کرو, band karo, xaalad) still work everywhere. Not for yes and
     * no, which already work only in the person's language and English.
     */
    public static final char OWN_LANGUAGE_ONLY = '=';

    /**
     * One language's list of one kind, normalised: the words that work for everyone, and those
     * marked for its own speakers only.
     */
    record Listed(Set<String> everywhere, Set<String> ownLanguageOnly) {

        Set<String> all() {
            Set<String> all = new HashSet<>(everywhere);
            all.addAll(ownLanguageOnly);
            return Set.copyOf(all);
        }
    }

    private final Map<Kind, Set<String>> words;

    private Lexicon(Map<Kind, Set<String>> words) {
        this.words = words;
    }

    /**
     * Read once: every step of every conversation looks words up. A mistake in a list stops
     * start-up, naming file and line.
     */
    private static final Map<String, Map<Kind, Listed>> BY_LANGUAGE =
            SERVED_LANGUAGES.stream()
                    .collect(Collectors.toUnmodifiableMap(language -> language, Lexicon::read));

    private static final Map<String, Lexicon> LEXICONS =
            SERVED_LANGUAGES.stream()
                    .collect(
                            Collectors.toUnmodifiableMap(
                                    language -> language,
                                    language -> build(language, BY_LANGUAGE)));

    /** The words for someone who chose {@code language}; English's for a language not served. */
    public static Lexicon forLanguage(String language) {
        return LEXICONS.getOrDefault(language, LEXICONS.get("en"));
    }

    /**
     * The words of one kind as {@code language}'s list has them (normalised, marked or not), for
     * checks and tests.
     */
    static Set<String> wordsOf(String language, Kind kind) {
        return listed(language, kind).all();
    }

    /**
     * The words of one kind that {@code language}'s list marks {@value #OWN_LANGUAGE_ONLY}
     * (normalised).
     */
    static Set<String> ownLanguageOnly(String language, Kind kind) {
        return listed(language, kind).ownLanguageOnly();
    }

    private static Listed listed(String language, Kind kind) {
        return BY_LANGUAGE
                .getOrDefault(language, Map.of())
                .getOrDefault(kind, new Listed(Set.of(), Set.of()));
    }

    /**
     * The words for someone who chose {@code language}, from every language's lists: of each kind
     * that works anywhere, every list's unmarked words and their own list's marked ones; yes and no
     * from English and their own.
     */
    static Lexicon build(String language, Map<String, Map<Kind, Listed>> lists) {
        Map<Kind, Set<String>> words = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            Set<String> all = new HashSet<>();
            for (Map.Entry<String, Map<Kind, Listed>> list : lists.entrySet()) {
                Listed theirs = list.getValue().get(kind);
                if (theirs == null) {
                    continue;
                }
                boolean own = list.getKey().equals(language);
                if (kind.global()) {
                    all.addAll(theirs.everywhere());
                    if (own) {
                        all.addAll(theirs.ownLanguageOnly());
                    }
                } else if (own || list.getKey().equals("en")) {
                    all.addAll(theirs.all());
                }
            }
            words.put(kind, Set.copyOf(all));
        }
        return new Lexicon(Map.copyOf(words));
    }

    /**
     * Whether the whole reply is one of the words of this kind (normalised once, however many kinds
     * are asked).
     */
    public boolean is(Kind kind, Reply reply) {
        return words.getOrDefault(kind, Set.of()).contains(reply.said());
    }

    /**
     * Whether the whole of {@code text} is one of the words of this kind; for one-off checks
     * ({@link #is(Kind, Reply)} in a step).
     */
    public boolean is(Kind kind, String text) {
        return is(kind, new Reply(text));
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

    private static Map<Kind, Listed> read(String language) {
        Map<Kind, Listed> lists = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            if ("en".equals(language)) {
                Text english = Replies.shipped().get(kind.key());
                lists.put(
                        kind,
                        parse(
                                "scripts/replies/words.yaml:" + english.line() + " " + kind.key(),
                                kind,
                                english.source()));
            } else {
                Optional<CatalogEntry> entry = Catalogs.shipped(language).entry(kind.key());
                lists.put(
                        kind,
                        entry.map(
                                        found ->
                                                parse(
                                                        Catalogs.FOLDER
                                                                + language
                                                                + ".xlf:"
                                                                + found.line()
                                                                + " "
                                                                + kind.key(),
                                                        kind,
                                                        found.translation()))
                                .orElse(new Listed(Set.of(), Set.of())));
            }
        }
        return Map.copyOf(lists);
    }

    /**
     * One comma-separated list of {@code kind}, each word normalised, a word marked {@value
     * #OWN_LANGUAGE_ONLY} kept apart; {@code where} names it in a problem (a mark with no word, or
     * on a yes or no).
     */
    static Listed parse(String where, Kind kind, String list) {
        Set<String> everywhere = new HashSet<>();
        Set<String> ownOnly = new HashSet<>();
        for (String item : (list == null ? "" : list).split(",")) {
            String written = item.strip();
            boolean marked = !written.isEmpty() && written.charAt(0) == OWN_LANGUAGE_ONLY;
            String word = Normalised.of(marked ? written.substring(1) : written);
            if (marked && word.isEmpty()) {
                throw new IllegalArgumentException(
                        where + ": '" + written + "' has no word after " + OWN_LANGUAGE_ONLY);
            }
            if (marked && !kind.global()) {
                throw new IllegalArgumentException(
                        where
                                + ": '"
                                + written
                                + "': "
                                + OWN_LANGUAGE_ONLY
                                + " is for words that work anywhere; yes and no already work only in the person's language and English");
            }
            if (!word.isEmpty()) {
                (marked ? ownOnly : everywhere).add(word);
            }
        }
        return new Listed(Set.copyOf(everywhere), Set.copyOf(ownOnly));
    }
}
