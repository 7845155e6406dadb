package org.whatmatters.backend.privacy;

import jakarta.inject.Singleton;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The values {@link RowBoundText} has just sealed for an entity about to be written, so that {@link EncryptedText}
 * writes exactly those as they are (each holds a fresh random nonce, so no other text is ever equal to one).
 * Weakly held: an entry goes once its entity is gone.
 */
@Singleton
class JustSealed {

    private final Set<String> values = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    void add(String sealed) {
        values.add(sealed);
    }

    boolean contains(String value) {
        return values.contains(value);
    }
}
