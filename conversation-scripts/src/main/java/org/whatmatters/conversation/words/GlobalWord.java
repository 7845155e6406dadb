package org.whatmatters.conversation.words;

import org.whatmatters.conversation.engine.Step;

/** A word that works anywhere in a conversation, checked before the script sees the message. */
public interface GlobalWord {

    /** Handles the message if it is this word; true when nothing else should see it. */
    boolean handle(Step step);
}
