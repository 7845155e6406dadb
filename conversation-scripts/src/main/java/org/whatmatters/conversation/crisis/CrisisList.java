package org.whatmatters.conversation.crisis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.whatmatters.conversation.engine.CrisisCheck.Tier;

/**
 * One language's crisis list, as an interpreter writes it (one entry a line, {@code #} starts a
 * comment):
 *
 * <pre>
 * [medication]                          the kind of the lines below; [concern] lines are the CONCERN tier, all others CRISIS
 * took an overdose                      a phrase: its words in a row, anywhere in the message
 * ~suicidal                             one word, also with one letter off anywhere in it
 * &#64;pills = tablets, pills, paracetam*   a concept: words that mean the same here (* any ending, # a number)
 * took|swallowed + &#64;pills + all|#      a combination: one of each part (words or concepts, | between), in any order, within 6 words
 * &#64;jump + &#64;high within 4                 ... or within the number of words given
 * !dying to                             an ordinary saying: its words are ignored by this list ("dying to try")
 * </pre>
 *
 * Concepts belong to their list (write the English words people mix in into each language's own
 * concepts).
 */
final class CrisisList {

    /** Words a combination's parts may be apart, unless it says {@code within N}. */
    static final int WINDOW = 6;

    private static final Pattern KIND = Pattern.compile("\\[([a-z-]+)]");
    private static final Pattern CONCEPT = Pattern.compile("@([a-z0-9-]+)\\s*=(.*)");
    private static final Pattern WITHIN = Pattern.compile("(.*)\\swithin\\s+(\\d+)");

    /**
     * Longest id reported: it is stored with the alert ({@code person_event.detail} holds 200
     * characters).
     */
    static final int ID_MAX_LENGTH = 100;

    /**
     * What a line that matched tells: its id ({@code en:took an overdose}, a long line cut short),
     * kind and tier.
     */
    record Entry(String id, String kind, Tier tier) {

        Entry {
            if (id.codePointCount(0, id.length()) > ID_MAX_LENGTH) {
                id = id.substring(0, id.offsetByCodePoints(0, ID_MAX_LENGTH - 3)) + "...";
            }
        }
    }

    record Phrase(Entry entry, Term term, boolean anyLetterOff) {}

    /** One of each part within {@code window} words. */
    record Combination(Entry entry, List<Terms> parts, int window) {}

    final String language;
    final List<Phrase> phrases;

    /** The phrases by the first letter a matching word starts with (-1: a number). */
    final ByFirstLetter<Phrase> phrasesByFirstLetter;

    final List<Combination> combinations;
    final List<Term> sayings;

    private CrisisList(
            String language,
            List<Phrase> phrases,
            List<Combination> combinations,
            List<Term> sayings) {
        this.language = language;
        this.phrases = List.copyOf(phrases);
        this.phrasesByFirstLetter =
                new ByFirstLetter<>(this.phrases, phrase -> phrase.term().firstLetter());
        this.combinations = List.copyOf(combinations);
        this.sayings = List.copyOf(sayings);
    }

    /**
     * The list in {@code content}, whose first line is line {@code firstLine} of {@code file}; a
     * bad line names file and line.
     */
    static CrisisList parse(String file, String language, String content, int firstLine) {
        List<Phrase> phrases = new ArrayList<>();
        List<Combination> combinations = new ArrayList<>();
        List<Term> sayings = new ArrayList<>();
        Map<String, List<Term>> concepts = new LinkedHashMap<>();
        Map<List<Term>, Terms> parts = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        String kind = "crisis";
        String[] lines = content.split("\r?\n", -1);
        for (int n = 1; n <= lines.length; n++) {
            String line = lines[n - 1].strip();
            int at = firstLine + n - 1;
            String where = file + ":" + at + ": ";
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher kindLine = KIND.matcher(line);
            Matcher concept = CONCEPT.matcher(line);
            if (kindLine.matches()) {
                kind = kindLine.group(1);
            } else if (concept.matches()) {
                String name = concept.group(1);
                List<Term> terms = terms(where, line, concept.group(2).split(","));
                if (concepts.putIfAbsent(name, terms) != null) {
                    throw new IllegalArgumentException(where + "@" + name + " is defined twice");
                }
            } else if (line.startsWith("!")) {
                Term saying = Term.parse(line.substring(1));
                if (saying == null) {
                    throw new IllegalArgumentException(
                            where + "'" + line + "' has no letters to match");
                }
                sayings.add(saying);
            } else if (line.contains(" + ")) {
                combinations.add(
                        combination(
                                where,
                                line,
                                new Entry(language + ":" + line, kind, tier(kind)),
                                concepts,
                                parts));
            } else {
                boolean fuzzy = line.startsWith("~");
                String written = fuzzy ? line.substring(1) : line;
                Term term = Term.parse(written);
                if (term == null) {
                    throw new IllegalArgumentException(
                            where + "'" + line + "' has no letters to match");
                }
                if (fuzzy && term.key().contains(" ")) {
                    throw new IllegalArgumentException(
                            where + "'~' (one letter off) is for single words, not '" + line + "'");
                }
                Integer earlier = seen.putIfAbsent(term.key(), at);
                if (earlier != null) {
                    throw new IllegalArgumentException(
                            where + "'" + line + "' matches the same as line " + earlier);
                }
                phrases.add(
                        new Phrase(
                                new Entry(language + ":" + written.strip(), kind, tier(kind)),
                                term,
                                fuzzy));
            }
        }
        return new CrisisList(language, phrases, combinations, sayings);
    }

    private static Tier tier(String kind) {
        return kind.equals("concern") ? Tier.CONCERN : Tier.CRISIS;
    }

    /**
     * The combination a line writes. A part with the same alternatives as an earlier one (the same
     * concept, or the same concepts in the same order) is that part's {@link Terms}, so a message
     * is searched for it once however many combinations use it.
     */
    private static Combination combination(
            String where,
            String line,
            Entry entry,
            Map<String, List<Term>> concepts,
            Map<List<Term>, Terms> shared) {
        String body = line;
        int window = WINDOW;
        Matcher within = WITHIN.matcher(line);
        if (within.matches()) {
            body = within.group(1);
            window = Integer.parseInt(within.group(2));
        }
        List<Terms> parts = new ArrayList<>();
        for (String part : body.split(" \\+ ")) {
            List<Term> terms = new ArrayList<>();
            for (String alternative : part.split("\\|")) {
                String name = alternative.strip();
                if (name.startsWith("@")) {
                    List<Term> concept = concepts.get(name.substring(1));
                    if (concept == null) {
                        throw new IllegalArgumentException(where + name + " is not defined above");
                    }
                    terms.addAll(concept);
                } else {
                    terms.addAll(terms(where, line, new String[] {name}));
                }
            }
            parts.add(shared.computeIfAbsent(List.copyOf(terms), Terms::new));
        }
        if (parts.size() < 2) {
            throw new IllegalArgumentException(where + "'" + line + "' needs two parts or more");
        }
        return new Combination(entry, parts, window);
    }

    private static List<Term> terms(String where, String line, String[] written) {
        List<Term> terms =
                Arrays.stream(written).filter(word -> !word.isBlank()).map(Term::parse).toList();
        if (terms.isEmpty() || terms.contains(null)) {
            throw new IllegalArgumentException(
                    where + "'" + line + "' has a word with no letters to match");
        }
        return terms;
    }
}
