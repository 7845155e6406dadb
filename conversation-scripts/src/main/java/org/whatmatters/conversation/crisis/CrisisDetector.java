package org.whatmatters.conversation.crisis;

import org.whatmatters.conversation.script.Replies;
import org.whatmatters.conversation.script.Text;
import org.whatmatters.translations.catalog.CatalogEntry;
import org.whatmatters.translations.catalog.Catalogs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds crisis language in a message, in any served language whatever the person chose (people switch
 * languages mid-message). Phrases come from {@code scripts/replies/crisis.yaml} for English and from each
 * language's translation catalog ({@code crisis.phrases}), where interpreters review them; drafts are used
 * too, since a missed crisis is the worse error. Each matches as whole words anywhere in the message after {@link CrisisText}
 * normalising, and a phrase marked {@code ~} also matches a word one letter off. Immutable and
 * thread-safe; never logs the message.
 */
public final class CrisisDetector {

    /** One phrase as matched, with the id reported when it matches ({@code en:kill myself}). */
    /** {@code padded} is the words with a space either side, so a match is whole words only. */
    record Phrase(String id, String words, String padded, boolean fuzzy) {

        Phrase(String id, String words, boolean fuzzy) {
            this(id, words, " " + words + " ", fuzzy);
        }
    }

    static final String KEY = "crisis.phrases";

    private final List<Phrase> phrases;

    CrisisDetector(List<Phrase> phrases) {
        this.phrases = List.copyOf(phrases);
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
            phrases.add(new Phrase(language + ":" + (fuzzy ? line.substring(1) : line), words, fuzzy));
        }
        return phrases;
    }

    /** The id of the first phrase found in the message, if any. */
    public Optional<String> match(String message) {
        String text = CrisisText.normalise(message);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String padded = " " + text + " ";
        String[] words = null;
        for (Phrase phrase : phrases) {
            if (padded.contains(phrase.padded())) {
                return Optional.of(phrase.id());
            }
            if (phrase.fuzzy()) {
                words = words == null ? text.split(" ") : words;
                for (String word : words) {
                    if (word.length() >= phrase.words().length() - 1 && CrisisText.withinOneEdit(word, phrase.words())) {
                        return Optional.of(phrase.id());
                    }
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
}
