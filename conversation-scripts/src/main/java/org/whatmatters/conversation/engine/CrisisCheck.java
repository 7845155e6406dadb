package org.whatmatters.conversation.engine;

import java.util.Optional;

/** Whether a message shows risk to life or acute distress; the id of the phrase that matched if so. */
@FunctionalInterface
public interface CrisisCheck {

    Optional<String> match(String message);
}
