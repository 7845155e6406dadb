package org.whatmatters.backend.privacy;

import jakarta.inject.Singleton;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The values {@link RowBoundText} has just sealed for an entity about to be written, handed to
 * {@link EncryptedText} when Micronaut Data converts that same property value for the statement (on
 * the same thread, straight after the pre-write event). The entity itself keeps its clear text, so
 * what {@code save} returns reads as it was given: code using the saved entity never sees a
 * ciphertext. Keyed by the property and the very {@code String} instance (identity, not equality),
 * first sealed first taken, so two rows saved together with the same text each get their own
 * sealing.
 */
@Singleton
class JustSealed {

    private record Key(String property, String plain) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.property.equals(property) && key.plain == plain;
        }

        @Override
        public int hashCode() {
            return property.hashCode() * 31 + System.identityHashCode(plain);
        }
    }

    private final ThreadLocal<Map<Key, Deque<String>>> pending =
            ThreadLocal.withInitial(HashMap::new);

    /**
     * Forgets what an earlier write on this thread sealed but never wrote (its statement failed
     * before binding, or in a batch): such a value then goes out bound to its column ({@code v2:},
     * still readable), never with another row's sealing.
     */
    void forgetUnwritten() {
        pending.get().clear();
    }

    void add(String property, String plain, String sealed) {
        pending.get()
                .computeIfAbsent(new Key(property, plain), key -> new ArrayDeque<>())
                .addLast(sealed);
    }

    /** The sealing made for this value of this property, once; null when there is none. */
    String take(String property, String plain) {
        Map<Key, Deque<String>> map = pending.get();
        Key key = new Key(property, plain);
        Deque<String> sealed = map.get(key);
        if (sealed == null) {
            return null;
        }
        String value = sealed.pollFirst();
        if (sealed.isEmpty()) {
            map.remove(key);
        }
        return value;
    }
}
