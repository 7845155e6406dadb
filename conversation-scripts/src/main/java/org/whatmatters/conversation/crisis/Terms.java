package org.whatmatters.conversation.crisis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Terms that mean the same (a concept, or one part of a combination), indexed by the first letter a
 * matching word must start with, so a message is compared only with the terms that could be there.
 */
final class Terms {

    private final List<Term> all;
    private final ByFirstLetter<Term> byFirstLetter;
    private final List<Term> anyFirstLetter;

    Terms(List<Term> terms) {
        this.all = List.copyOf(terms);
        Map<Integer, List<Term>> index = new HashMap<>();
        List<Term> any = new ArrayList<>();
        for (Term term : terms) {
            if (term.firstLetter() < 0) {
                any.add(term);
            } else {
                index.computeIfAbsent(term.firstLetter(), letter -> new ArrayList<>()).add(term);
            }
        }
        this.byFirstLetter = new ByFirstLetter<>(index);
        this.anyFirstLetter = List.copyOf(any);
    }

    List<Term> all() {
        return all;
    }

    /** How many words from {@code start} the first term found there covers, 0 if none is there. */
    int matchAt(String[] words, int start) {
        if (start >= words.length || words[start].isEmpty()) {
            return 0;
        }
        for (Term term : byFirstLetter.get(words[start].codePointAt(0))) {
            int covered = term.matchAt(words, start);
            if (covered > 0) {
                return covered;
            }
        }
        for (Term term : anyFirstLetter) {
            int covered = term.matchAt(words, start);
            if (covered > 0) {
                return covered;
            }
        }
        return 0;
    }
}
