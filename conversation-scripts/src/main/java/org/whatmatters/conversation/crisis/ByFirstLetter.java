package org.whatmatters.conversation.crisis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Items by the first letter (a code point) a matching word starts with, {@code -1} for those that
 * may start with any. The letters below 128, every word of a message in English or another
 * Latin-letter language, are read from an array (no boxing, no hashing: each word of each message
 * is looked up once per list and per part of a combination); the others from a map.
 */
final class ByFirstLetter<T> {

    private static final int DIRECT = 128;

    private final List<T>[] direct;
    private final Map<Integer, List<T>> others;

    @SuppressWarnings("unchecked")
    ByFirstLetter(Map<Integer, List<T>> index) {
        this.direct = (List<T>[]) new List<?>[DIRECT];
        Arrays.fill(direct, List.of());
        Map<Integer, List<T>> rest = new HashMap<>();
        index.forEach(
                (letter, items) -> {
                    if (letter >= 0 && letter < DIRECT) {
                        direct[letter] = List.copyOf(items);
                    } else {
                        rest.put(letter, List.copyOf(items));
                    }
                });
        this.others = Map.copyOf(rest);
    }

    /** The items whose matching words start with {@code letter}; empty if none. */
    List<T> get(int letter) {
        return letter >= 0 && letter < DIRECT
                ? direct[letter]
                : others.getOrDefault(letter, List.of());
    }
}
