package org.whatmatters.backend.conversation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** Where one person's conversation is, as the engine's state in JSON. */
@MappedEntity("conversation")
public record ConversationRecord(
        @Id Long personId, String state, Instant updatedAt, @Nullable Instant talkOfferedAt) {}
