package org.whatmatters.backend.conversation;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.SerdeImport;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.whatmatters.conversation.engine.ConversationState;
import org.whatmatters.conversation.engine.Position;

/** The engine's state to and from the JSON kept in {@code conversation.state}. */
@Singleton
@SerdeImport(ConversationState.class)
@SerdeImport(Position.class)
class StateCodec {

    private final ObjectMapper json;

    StateCodec(ObjectMapper json) {
        this.json = json;
    }

    String write(ConversationState state) {
        try {
            return json.writeValueAsString(state);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ConversationState read(String stored) {
        try {
            return json.readValue(stored, ConversationState.class);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable conversation state", e);
        }
    }
}
