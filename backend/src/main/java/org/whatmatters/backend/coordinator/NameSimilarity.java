package org.whatmatters.backend.coordinator;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.whatmatters.backend.directory.NameKey;

/**
 * How alike two names are, the way a person would judge it, from 0 (nothing in common) to 1 (the
 * same words): case, accents, punctuation, word order and titles (Dr, Mrs) do not matter. Each word
 * of one name is matched with a word of the other: the same word counts fully; an acronym for a run
 * of words in the other (CMHT for Community Mental Health Team) counts fully for all of them; a
 * spelling one letter off (Shah, Sha; the longer word of four letters or more) counts three
 * quarters; an initial (P for Priya) half. The result is the mean of the share of each name that
 * found a match, so extra or missing words lower it from both sides.
 */
final class NameSimilarity {

    private static final Set<String> TITLES = Set.of("dr", "mr", "mrs", "ms", "miss", "mx", "prof");
    private static final double TYPO = 0.75;
    private static final double INITIAL = 0.5;

    private NameSimilarity() {}

    static double of(String a, String b) {
        List<String> left = words(a);
        List<String> right = words(b);
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        double[] leftScore = new double[left.size()];
        double[] rightScore = new double[right.size()];
        match(left, right, leftScore, rightScore, (x, y) -> x.equals(y) ? 1 : 0);
        acronyms(left, right, leftScore, rightScore);
        acronyms(right, left, rightScore, leftScore);
        match(left, right, leftScore, rightScore, NameSimilarity::typo);
        match(left, right, leftScore, rightScore, NameSimilarity::initial);
        return (Arrays.stream(leftScore).sum() / left.size()
                        + Arrays.stream(rightScore).sum() / right.size())
                / 2;
    }

    /**
     * The words of a name as its {@link NameKey} has them (no accents, lower case), titles left
     * out.
     */
    static List<String> words(String name) {
        if (name == null) {
            return List.of();
        }
        return Arrays.stream(NameKey.of(name).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty() && !TITLES.contains(word))
                .toList();
    }

    private interface Likeness {
        double of(String x, String y);
    }

    /**
     * Pairs each still unmatched word on the left with the first still unmatched word on the right
     * alike enough.
     */
    private static void match(
            List<String> left,
            List<String> right,
            double[] leftScore,
            double[] rightScore,
            Likeness likeness) {
        for (int i = 0; i < left.size(); i++) {
            for (int j = 0; leftScore[i] == 0 && j < right.size(); j++) {
                double score = rightScore[j] == 0 ? likeness.of(left.get(i), right.get(j)) : 0;
                if (score > 0) {
                    leftScore[i] = score;
                    rightScore[j] = score;
                }
            }
        }
    }

    /**
     * An unmatched word on one side spelling the initials of a run of unmatched words on the other.
     */
    private static void acronyms(
            List<String> shortSide,
            List<String> longSide,
            double[] shortScore,
            double[] longScore) {
        for (int i = 0; i < shortSide.size(); i++) {
            String word = shortSide.get(i);
            if (shortScore[i] > 0 || word.length() < 2) {
                continue;
            }
            for (int start = 0; start + word.length() <= longSide.size(); start++) {
                List<String> run = longSide.subList(start, start + word.length());
                boolean free = true;
                StringBuilder initials = new StringBuilder();
                for (int k = 0; k < run.size(); k++) {
                    free &= longScore[start + k] == 0;
                    initials.append(run.get(k).charAt(0));
                }
                if (free && initials.toString().equals(word)) {
                    shortScore[i] = 1;
                    Arrays.fill(longScore, start, start + word.length(), 1);
                    break;
                }
            }
        }
    }

    private static double typo(String x, String y) {
        boolean longEnough =
                Math.max(x.length(), y.length()) >= 4 && Math.min(x.length(), y.length()) >= 3;
        return longEnough && oneEditApart(x, y) ? TYPO : 0;
    }

    private static double initial(String x, String y) {
        boolean xInitial = x.length() == 1 && y.startsWith(x);
        boolean yInitial = y.length() == 1 && x.startsWith(y);
        return xInitial || yInitial ? INITIAL : 0;
    }

    /** One letter added, removed or changed. */
    private static boolean oneEditApart(String x, String y) {
        if (Math.abs(x.length() - y.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < x.length() && i < y.length() && x.charAt(i) == y.charAt(i)) {
            i++;
        }
        if (x.length() == y.length()) {
            return i == x.length() || x.substring(i + 1).equals(y.substring(i + 1));
        }
        String longer = x.length() > y.length() ? x : y;
        String shorter = longer == x ? y : x;
        return longer.substring(i + 1).equals(shorter.substring(i));
    }
}
