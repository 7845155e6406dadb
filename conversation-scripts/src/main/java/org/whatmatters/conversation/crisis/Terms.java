package org.whatmatters.conversation.crisis;

import java.util.List;

/**
 * Terms that mean the same (a concept, or one part of a combination), indexed by the first letter a
 * matching word must start with, so a message is compared only with the terms that could be there.
 */
final class Terms {

    private final List<Term> all;
    private final ByFirstLetter<Term> byFirstLetter;

    Terms(List<Term> terms) {
        this.all = List.copyOf(terms);
        this.byFirstLetter = new ByFirstLetter<>(all, Term::firstLetter);
    }

    List<Term> all() {
        return all;
    }

    /** How many words from {@code start} the first term found there covers, 0 if none is there. */
    int matchAt(String[] words, int start) {
        if (start >= words.length || words[start].isEmpty()) {
            return 0;
        }
        int covered = firstAt(byFirstLetter.get(words[start].codePointAt(0)), words, start);
        return covered > 0 ? covered : firstAt(byFirstLetter.get(-1), words, start);
    }

    private static int firstAt(List<Term> candidates, String[] words, int start) {
        for (Term term : candidates) {
            int covered = term.matchAt(words, start);
            if (covered > 0) {
                return covered;
            }
        }
        return 0;
    }
}
