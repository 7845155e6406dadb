package org.whatmatters.backend.person;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;
import org.whatmatters.backend.privacy.EncryptedText;

/** One saved answer: the person's words (encrypted at rest) and where they came from. */
@MappedEntity("fact")
public record Fact(
        @Id @GeneratedValue @Nullable Long id,
        Long personId,
        String name,
        @MappedProperty(converter = EncryptedText.class) String content,
        String script,
        int scriptVersion,
        String node,
        String channel,
        Instant savedAt) {

    @Override
    public String toString() {
        return "Fact["
                + name
                + " of person "
                + personId
                + " from "
                + script
                + " v"
                + scriptVersion
                + " "
                + node
                + "]";
    }
}
