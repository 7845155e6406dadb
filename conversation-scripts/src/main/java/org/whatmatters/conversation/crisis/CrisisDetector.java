package org.whatmatters.conversation.crisis;

import org.whatmatters.conversation.script.Replies;
import org.whatmatters.conversation.script.Text;
import org.whatmatters.translations.catalog.CatalogEntry;
import org.whatmatters.translations.catalog.Catalogs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds crisis language in a message, in any served language whatever the person chose (people switch
 * languages mid-message). Phrases come from {@code scripts/replies/crisis.yaml} for English and from each
 * language's translation catalog ({@code crisis.phrases}), where interpreters review them; drafts are used
 * too, since a missed crisis is the worse error. Immutable and thread-safe; never logs the message.
 * <p>
 * How a phrase matches, after {@link CrisisText} normalising both sides (case, accents, punctuation, repeated
 * letters):
 * <ul>
 * <li>as whole words, in order, anywhere in the message ("honestly i want to kill myself");</li>
 * <li>with a typing slip in any word of four letters or more written in Latin letters: one letter left out,
 * added, or two swapped ("kill my slef", "end my lfe", "overdoes"), or in a word of five or more one letter
 * wrong ("suicidel"). The first letter must be right, which keeps "giving" from matching "living";</li>
 * <li>with filler words in between ({@link #FILLERS}: "i want to just die", "kill my fucking self");</li>
 * <li>a single word marked {@code ~} also matches one letter off anywhere in it, first letter included.</li>
 * </ul>
 * Typing slips are matched in Latin letters only: in Arabic, Urdu, Bengali and Gurmukhi one letter more or
 * less is often another word, so those lists spell out the forms people write.
 */
public final class CrisisDetector implements org.whatmatters.conversation.engine.CrisisCheck {

    /**
     * Words people put inside a phrase without changing what it says; a phrase also matches with them taken
     * out of the message. (The phrase itself keeps its words: "end it all" still needs its "all".)
     */
    static final Set<String> FILLERS = Arrays.stream(new String[]{"just", "really", "rly", "fucking", "fuckin", "fking", "fkn",
                    "effing", "bloody", "so", "actually", "literally", "honestly", "genuinely", "seriously", "truly", "simply",
                    "totally", "completely", "even", "proper", "defo", "definitely"})
            .map(CrisisText::normalise).collect(Collectors.toUnmodifiableSet());

    /** One phrase as matched, with the id reported when it matches ({@code en:kill myself}). */
    record Phrase(String id, String language, String words, String[] tokens, boolean[] slipsAllowed, boolean anyLetterOff) {

        Phrase(String id, String language, String words, boolean anyLetterOff) {
            this(id, language, words, words.split(" "), anyLetterOff);
        }

        private Phrase(String id, String language, String words, String[] tokens, boolean anyLetterOff) {
            this(id, language, words, tokens, slipsAllowed(tokens), anyLetterOff);
        }

        private static boolean[] slipsAllowed(String[] tokens) {
            boolean[] allowed = new boolean[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                allowed[i] = CrisisText.slipsAllowedIn(tokens[i]);
            }
            return allowed;
        }

        /** Whether the phrase is in {@code words} from {@code start}, each word as listed or with a slip. */
        boolean foundAt(String[] words, int start) {
            if (start + tokens.length > words.length) {
                return false;
            }
            for (int i = 0; i < tokens.length; i++) {
                if (!CrisisText.sameWordOrSlip(tokens[i], slipsAllowed[i], words[start + i])) {
                    return false;
                }
            }
            return true;
        }
    }

    static final String KEY = "crisis.phrases";

    private final List<Phrase> phrases;
    /** Phrases by the first letter of their first word: a match needs that letter right. */
    private final Map<Integer, List<Phrase>> byFirstLetter;
    private final List<Phrase> anyLetterOff;

    CrisisDetector(List<Phrase> phrases) {
        this.phrases = List.copyOf(phrases);
        Map<Integer, List<Phrase>> index = new HashMap<>();
        for (Phrase phrase : phrases) {
            index.computeIfAbsent(phrase.tokens()[0].codePointAt(0), letter -> new ArrayList<>()).add(phrase);
        }
        this.byFirstLetter = Map.copyOf(index);
        this.anyLetterOff = phrases.stream().filter(Phrase::anyLetterOff).toList();
    }

    /** Every served language's list. A bad line stops start-up, naming file and line. */
    public static CrisisDetector forServedLanguages() {
        List<Phrase> all = new ArrayList<>();
        Text english = Replies.shipped().get(KEY);
        all.addAll(parse("scripts/replies/crisis.yaml", "en", english.source(), english.line()));
        for (String language : Catalogs.TRANSLATED) {
            CatalogEntry entry = Catalogs.shipped(language).entry(KEY)
                    .orElseThrow(() -> new IllegalStateException(Catalogs.FOLDER + language + ".xlf has no " + KEY));
            all.addAll(parse(Catalogs.FOLDER + language + ".xlf", language, entry.translation(), entry.line()));
        }
        return new CrisisDetector(all);
    }

    static List<Phrase> parse(String file, String language, String content) {
        return parse(file, language, content, 1);
    }

    /** The phrases in {@code content}, whose first line is line {@code firstLine} of {@code file}. */
    static List<Phrase> parse(String file, String language, String content, int firstLine) {
        List<Phrase> phrases = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        String[] lines = content.split("\r?\n", -1);
        for (int n = 1; n <= lines.length; n++) {
            String line = lines[n - 1].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean fuzzy = line.startsWith("~");
            String words = CrisisText.normalise(fuzzy ? line.substring(1) : line);
            int at = firstLine + n - 1;
            if (words.isEmpty()) {
                throw new IllegalArgumentException(file + ":" + at + ": '" + line + "' has no letters to match");
            }
            if (fuzzy && words.contains(" ")) {
                throw new IllegalArgumentException(file + ":" + at + ": '~' (one letter off) is for single words, not '" + line + "'");
            }
            Integer earlier = seen.putIfAbsent(words, at);
            if (earlier != null) {
                throw new IllegalArgumentException(file + ":" + at + ": '" + line + "' matches the same as line " + earlier);
            }
            phrases.add(new Phrase(language + ":" + (fuzzy ? line.substring(1) : line), language, words, fuzzy));
        }
        return phrases;
    }

    /** The id of the first phrase found in the message, if any. */
    @Override
    public Optional<String> match(String message) {
        String text = CrisisText.normalise(message);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String[] words = text.split(" ");
        Optional<String> found = match(words);
        if (found.isPresent()) {
            return found;
        }
        String[] withoutFillers = Arrays.stream(words).filter(word -> !FILLERS.contains(word)).toArray(String[]::new);
        return withoutFillers.length < words.length ? match(withoutFillers) : Optional.empty();
    }

    private Optional<String> match(String[] words) {
        for (int start = 0; start < words.length; start++) {
            for (Phrase phrase : byFirstLetter.getOrDefault(words[start].codePointAt(0), List.of())) {
                if (phrase.foundAt(words, start)) {
                    return Optional.of(phrase.id());
                }
            }
        }
        for (Phrase phrase : anyLetterOff) {
            for (String word : words) {
                if (word.length() >= phrase.words().length() - 1 && CrisisText.withinOneEdit(word, phrase.words(), true)) {
                    return Optional.of(phrase.id());
                }
            }
        }
        return Optional.empty();
    }

    public boolean indicatesCrisis(String message) {
        return match(message).isPresent();
    }

    int size() {
        return phrases.size();
    }

    /** How many phrases {@code language}'s list has. */
    int size(String language) {
        return (int) phrases.stream().filter(phrase -> phrase.language().equals(language)).count();
    }
}
