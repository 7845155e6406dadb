package org.whatmatters.conversation.engine;

import java.util.List;

/** What one step decided; the host commits all of it in one transaction. */
public record StepResult(
        ConversationState state,
        List<Outgoing> messages,
        List<SavedFact> facts,
        List<EngineEvent> events) {}
