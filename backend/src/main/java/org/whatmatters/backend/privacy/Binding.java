package org.whatmatters.backend.privacy;

import java.nio.charset.StandardCharsets;

/**
 * Where an encrypted value belongs, used as AES-GCM associated data so that a value copied elsewhere does not
 * decrypt. Through the column converter this is the entity property (what Micronaut Data tells a converter on
 * both read and write: {@code content}, {@code body}, {@code reason}, ...); a caller that knows the row can bind
 * further with {@link #forPerson(Long)}.
 */
public record Binding(String place) {

    public static Binding column(String property) {
        return new Binding(property);
    }

    public Binding forPerson(Long personId) {
        return new Binding(place + "|person:" + personId);
    }

    byte[] associatedData(String keyId) {
        return ("whatmatters|v2|" + keyId + "|" + place).getBytes(StandardCharsets.UTF_8);
    }
}
