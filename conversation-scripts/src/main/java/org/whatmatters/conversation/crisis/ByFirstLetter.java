package org.whatmatters.conversation.crisis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

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

    /** {@code items} indexed by {@code firstLetter} (-1: any), in their order within a letter. */
    @SuppressWarnings("unchecked")
    ByFirstLetter(List<T> items, ToIntFunction<T> firstLetter) {
        Map<Integer, List<T>> index = new HashMap<>();
        for (T item : items) {
            index.computeIfAbsent(firstLetter.applyAsInt(item), letter -> new ArrayList<>())
                    .add(item);
        }
        this.direct = (List<T>[]) new List<?>[DIRECT];
        Arrays.fill(direct, List.of());
        Map<Integer, List<T>> rest = new HashMap<>();
        index.forEach(
                (letter, same) -> {
                    if (letter >= 0 && letter < DIRECT) {
                        direct[letter] = List.copyOf(same);
                    } else {
                        rest.put(letter, List.copyOf(same));
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
