package org.whatmatters.conversation.crisis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.whatmatters.conversation.engine.CrisisCheck;
import org.whatmatters.conversation.script.Replies;
import org.whatmatters.conversation.script.Text;
import org.whatmatters.translations.catalog.CatalogEntry;
import org.whatmatters.translations.catalog.Catalogs;

/**
 * Finds crisis language in a message, in every served language whatever the person chose (people
 * switch languages mid-message), and tells its tier: CRISIS (risk to life) or CONCERN (distress
 * without a stated risk). Lists come from {@code scripts/replies/crisis.yaml} for English and from
 * each language's translation catalog ({@code crisis.phrases}), where interpreters review them;
 * drafts are used too, since a missed crisis is the worse error. The list format is {@link
 * CrisisList}'s: kinds, phrases, concepts and their combinations (so "took the whole box of my
 * sertraline" is found from "took" + "whole box" + a medicine, written in any order), and ordinary
 * sayings to ignore. When one message matches both tiers, it is CRISIS.
 *
 * <p>How words match, after {@link CrisisText} normalising both sides (case, accents, punctuation,
 * repeated letters, the letters keyboards write differently): whole words; with a typing slip in a
 * Latin-letter word of four letters or more (the first letter right: "kill my slef", "overdoes");
 * run together or split ({@link Term}); with filler words taken out ({@link #FILLERS}: "i want to
 * just die"). A phrase marked {@code ~} also matches one letter off anywhere. Immutable and
 * thread-safe; never logs the message.
 */
public final class CrisisDetector implements CrisisCheck {

    /**
     * Words people put inside a phrase without changing what it says; a phrase also matches with
     * them taken out of the message. (The phrase itself keeps its words: "end it all" still needs
     * its "all".)
     */
    static final Set<String> FILLERS =
            Arrays.stream(
                            new String[] {
                                "just",
                                "really",
                                "rly",
                                "fucking",
                                "fuckin",
                                "fking",
                                "fkn",
                                "effing",
                                "bloody",
                                "so",
                                "actually",
                                "literally",
                                "honestly",
                                "genuinely",
                                "seriously",
                                "truly",
                                "simply",
                                "totally",
                                "completely",
                                "even",
                                "proper",
                                "defo",
                                "definitely"
                            })
                    .map(CrisisText::normalise)
                    .collect(Collectors.toUnmodifiableSet());

    static final String KEY = "crisis.phrases";

    /**
     * Words beyond a window no choice of places can close (longer than any term), so long messages
     * stay quick.
     */
    private static final int FAR = 8;

    private final List<CrisisList> lists;

    CrisisDetector(List<CrisisList> lists) {
        this.lists = List.copyOf(lists);
    }

    /** Every served language's list. A bad line stops start-up, naming file and line. */
    public static CrisisDetector forServedLanguages() {
        CrisisDetector detector = served;
        if (detector == null) {
            synchronized (CrisisDetector.class) {
                detector = served;
                if (detector == null) {
                    detector = build(); // a bad line throws here, every time it is asked for
                    served = detector;
                }
            }
        }
        return detector;
    }

    /**
     * Built once (from the jar's own files, which cannot change while it runs; a detector is
     * immutable).
     */
    private static volatile CrisisDetector served;

    private static CrisisDetector build() {
        List<CrisisList> all = new ArrayList<>();
        Text english = Replies.shipped().get(KEY);
        all.add(
                CrisisList.parse(
                        "scripts/replies/crisis.yaml", "en", english.source(), english.line()));
        for (String language : Catalogs.TRANSLATED) {
            CatalogEntry entry =
                    Catalogs.shipped(language)
                            .entry(KEY)
                            .orElseThrow(
                                    () ->
                                            new IllegalStateException(
                                                    Catalogs.FOLDER
                                                            + language
                                                            + ".xlf has no "
                                                            + KEY));
            all.add(
                    CrisisList.parse(
                            Catalogs.FOLDER + language + ".xlf",
                            language,
                            entry.translation(),
                            entry.line()));
        }
        return new CrisisDetector(all);
    }

    static CrisisList parse(String file, String language, String content) {
        return CrisisList.parse(file, language, content, 1);
    }

    /** The id of what matched if the message shows risk to life; a CONCERN message gives empty. */
    @Override
    public Optional<String> match(String message) {
        Assessment assessment = assess(message);
        return assessment.isCrisis() ? Optional.of(assessment.matched()) : Optional.empty();
    }

    @Override
    public Assessment assess(String message) {
        String text = CrisisText.normalise(message);
        if (text.isEmpty()) {
            return Assessment.NONE;
        }
        String[] words = text.split(" ");
        String[] withoutFillers =
                Arrays.stream(words).filter(word -> !FILLERS.contains(word)).toArray(String[]::new);
        List<String[]> readings =
                withoutFillers.length < words.length && withoutFillers.length > 0
                        ? List.of(words, withoutFillers)
                        : List.<String[]>of(words);
        CrisisList.Entry concern = null;
        for (CrisisList list : lists) {
            for (String[] reading : readings) {
                CrisisList.Entry[] found = find(list, withoutSayings(list, reading));
                if (found[0] != null) {
                    return new Assessment(CrisisCheck.Tier.CRISIS, found[0].kind(), found[0].id());
                }
                if (concern == null) {
                    concern = found[1];
                }
            }
        }
        return concern == null
                ? Assessment.NONE
                : new Assessment(CrisisCheck.Tier.CONCERN, concern.kind(), concern.id());
    }

    public boolean indicatesCrisis(String message) {
        return match(message).isPresent();
    }

    /**
     * The words with the list's ordinary sayings blanked out (blanks match nothing but keep the
     * distances).
     */
    private static String[] withoutSayings(CrisisList list, String[] words) {
        String[] out = null;
        for (Term saying : list.sayings) {
            for (int start = 0; start < words.length; start++) {
                int covered = saying.matchAt(out == null ? words : out, start);
                if (covered > 0) {
                    if (out == null) {
                        out = words.clone();
                    }
                    Arrays.fill(out, start, start + covered, "");
                }
            }
        }
        return out == null ? words : out;
    }

    /**
     * The first crisis entry and the first concern entry the words show, either {@code null};
     * phrases before combinations.
     */
    private static CrisisList.Entry[] find(CrisisList list, String[] words) {
        CrisisList.Entry[] found = new CrisisList.Entry[2];
        List<CrisisList.Phrase> anyStart = list.phrasesByFirstLetter.get(-1);
        for (int start = 0; start < words.length && found[0] == null; start++) {
            if (words[start].isEmpty()) {
                continue;
            }
            phrasesAt(
                    list.phrasesByFirstLetter.get(words[start].codePointAt(0)),
                    words,
                    start,
                    found);
            phrasesAt(anyStart, words, start, found);
        }
        for (CrisisList.Phrase phrase : list.phrases) {
            if (phrase.anyLetterOff() && found[slot(phrase.entry())] == null) {
                String listed = phrase.term().key();
                for (String word : words) {
                    if (!word.isEmpty()
                            && word.length() >= listed.length() - 1
                            && CrisisText.withinOneEdit(word, listed, true)) {
                        found[slot(phrase.entry())] = phrase.entry();
                        break;
                    }
                }
            }
        }
        Map<Terms, List<int[]>> positions = new IdentityHashMap<>();
        for (CrisisList.Combination combination : list.combinations) {
            if (found[0] != null) {
                break;
            }
            if (found[slot(combination.entry())] == null && found(combination, words, positions)) {
                found[slot(combination.entry())] = combination.entry();
            }
        }
        return found;
    }

    /** Records each candidate phrase found at {@code start} whose tier has none found yet. */
    private static void phrasesAt(
            List<CrisisList.Phrase> candidates,
            String[] words,
            int start,
            CrisisList.Entry[] found) {
        for (CrisisList.Phrase phrase : candidates) {
            if (found[slot(phrase.entry())] == null && phrase.term().matchAt(words, start) > 0) {
                found[slot(phrase.entry())] = phrase.entry();
            }
        }
    }

    /** 0 for a crisis entry, 1 for a concern one. */
    private static int slot(CrisisList.Entry entry) {
        return entry.tier() == CrisisCheck.Tier.CRISIS ? 0 : 1;
    }

    /**
     * Whether each part of the combination is in the words, at different places, all within its
     * window.
     */
    private static boolean found(
            CrisisList.Combination combination, String[] words, Map<Terms, List<int[]>> positions) {
        List<List<int[]>> at = new ArrayList<>();
        for (Terms part : combination.parts()) {
            List<int[]> where = positions.computeIfAbsent(part, terms -> where(terms, words));
            if (where.isEmpty()) {
                return false;
            }
            at.add(where);
        }
        return within(at, 0, new int[at.size()][], combination.window());
    }

    /** Where the terms are: {start, words covered} for each place one begins. */
    private static List<int[]> where(Terms terms, String[] words) {
        List<int[]> found = new ArrayList<>();
        for (int start = 0; start < words.length; start++) {
            int covered = terms.matchAt(words, start);
            if (covered > 0) {
                found.add(new int[] {start, covered});
            }
        }
        return found;
    }

    /**
     * Whether one place per part can be chosen, none the same, from the end of the first to the
     * start of the last within the window.
     */
    private static boolean within(List<List<int[]>> at, int part, int[][] chosen, int window) {
        if (part == at.size()) {
            int[] first = chosen[0];
            int last = 0;
            for (int[] place : chosen) {
                first = place[0] < first[0] ? place : first;
                last = Math.max(last, place[0]);
            }
            return last - (first[0] + first[1] - 1) <= window;
        }
        for (int[] place : at.get(part)) {
            boolean taken = false;
            boolean tooFar = false;
            for (int i = 0; i < part; i++) {
                taken |= chosen[i][0] == place[0];
                tooFar |= Math.abs(chosen[i][0] - place[0]) > window + FAR;
            }
            if (!taken && !tooFar) {
                chosen[part] = place;
                if (within(at, part + 1, chosen, window)) {
                    return true;
                }
            }
        }
        return false;
    }

    int size() {
        return lists.stream()
                .mapToInt(list -> list.phrases.size() + list.combinations.size())
                .sum();
    }

    /** How many phrases and combinations {@code language}'s list has. */
    int size(String language) {
        return lists.stream()
                .filter(list -> list.language.equals(language))
                .mapToInt(list -> list.phrases.size() + list.combinations.size())
                .sum();
    }
}
