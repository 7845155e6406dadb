package org.whatmatters.conversation.crisis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Words to find in a message, as a list writes them: one word or several in a row ({@code my own
 * life}); a word ending in {@code *} matches any word it begins ({@code suicid*}: suicide,
 * suicidal, suicidally); {@code #} is any number of two digits or more ({@code took # tablets}). A
 * Latin-letter word of four letters or more also matches with a typing slip ({@link
 * CrisisText#sameWordOrSlip}). Words run together match too ("killmyself", "خودکشی" for "خود کشی"),
 * and a long word split in two ("sui cide").
 */
final class Term {

    private static final Pattern DIGITS = Pattern.compile("\\d{2,}");

    /** Shortest word matched when written split in two. */
    private static final int SPLIT_MIN_LENGTH = 6;

    /** Shortest run-together words matched with a slip ("onme" must not be "one"). */
    private static final int JOINED_SLIP_MIN_LENGTH = 7;

    private final String text;
    private final String[] tokens;
    private final boolean[] prefix;
    private final boolean[] slips;
    private final String joined;
    private final boolean joinedSlips;

    private Term(String text, String[] tokens, boolean[] prefix) {
        this.text = text;
        this.tokens = tokens;
        this.prefix = prefix;
        this.slips = new boolean[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            slips[i] = !prefix[i] && CrisisText.slipsAllowedIn(tokens[i]);
        }
        boolean joinable = tokens.length > 1 && Arrays.stream(tokens).noneMatch("#"::equals);
        for (int i = 0; i < tokens.length - 1; i++) {
            joinable &= !prefix[i];
        }
        this.joined = joinable ? String.join("", tokens) : null;
        this.joinedSlips =
                joined != null
                        && joined.length() >= JOINED_SLIP_MIN_LENGTH
                        && CrisisText.slipsAllowedIn(joined);
    }

    /** The term as a list line writes it; {@code null} if it has no letters or digits to match. */
    static Term parse(String written) {
        List<String> tokens = new ArrayList<>();
        List<Boolean> prefix = new ArrayList<>();
        for (String word : written.strip().split("\\s+")) {
            if (word.equals("#")) {
                tokens.add("#");
                prefix.add(false);
                continue;
            }
            boolean isPrefix = word.endsWith("*");
            String normal =
                    CrisisText.normalise(isPrefix ? word.substring(0, word.length() - 1) : word);
            if (normal.isEmpty()) {
                continue;
            }
            for (String part : normal.split(" ")) {
                tokens.add(part);
                prefix.add(false);
            }
            prefix.set(prefix.size() - 1, isPrefix);
        }
        if (tokens.isEmpty()) {
            return null;
        }
        boolean[] prefixes = new boolean[prefix.size()];
        for (int i = 0; i < prefixes.length; i++) {
            prefixes[i] = prefix.get(i);
        }
        return new Term(written.strip(), tokens.toArray(String[]::new), prefixes);
    }

    String text() {
        return text;
    }

    /**
     * The words to find, normalised, a prefix ending in {@code *}: two terms with the same key
     * match the same.
     */
    String key() {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < tokens.length; i++) {
            key.append(i == 0 ? "" : " ").append(tokens[i]).append(prefix[i] ? "*" : "");
        }
        return key.toString();
    }

    /** The first letter a matching word starts with, or -1 if it may start with any (a number). */
    int firstLetter() {
        return tokens[0].equals("#") ? -1 : tokens[0].codePointAt(0);
    }

    /** How many of {@code words} from {@code start} the term covers, 0 if it is not there. */
    int matchAt(String[] words, int start) {
        if (start >= words.length || words[start].isEmpty()) {
            return 0;
        }
        if (start + tokens.length <= words.length) {
            boolean all = true;
            for (int i = 0; i < tokens.length && all; i++) {
                all = word(i, words[start + i]);
            }
            if (all) {
                return tokens.length;
            }
        }
        String word = words[start];
        if (joined != null) {
            boolean last = prefix[tokens.length - 1];
            if (last
                    ? word.startsWith(joined)
                    : CrisisText.sameWordOrSlip(joined, joinedSlips, word)) {
                return 1;
            }
        }
        if (tokens.length == 1
                && !prefix[0]
                && tokens[0].length() >= SPLIT_MIN_LENGTH
                && start + 1 < words.length
                && isSplit(tokens[0], word, words[start + 1])) {
            return 2;
        }
        return 0;
    }

    /** Whether {@code listed} is {@code first} and {@code second} run together (no copy made). */
    private static boolean isSplit(String listed, String first, String second) {
        return !second.isEmpty()
                && listed.length() == first.length() + second.length()
                && listed.startsWith(first)
                && listed.startsWith(second, first.length());
    }

    private boolean word(int i, String written) {
        if (written.isEmpty()) {
            return false;
        }
        if (tokens[i].equals("#")) {
            return DIGITS.matcher(written).matches();
        }
        if (prefix[i]) {
            return written.startsWith(tokens[i]);
        }
        return CrisisText.sameWordOrSlip(tokens[i], slips[i], written);
    }
}
