package org.whatmatters.conversation.answer;

import java.util.List;
import java.util.Optional;
import org.whatmatters.conversation.script.Text;
import org.whatmatters.conversation.words.Reply;

/** What kind of reply a question takes, and how a reply is read into the value that is saved. */
public interface Answer {

    /** The value to save, or empty when the reply is not an answer of this kind. */
    Optional<String> read(Reply reply, Reading reading);

    /**
     * Whether any reply that is not empty is an answer (free text), so an answer cannot be told
     * from anything else they might write: after a long silence such a reply is not taken as the
     * answer. False for answers a reply must fit (a choice, yes/no, a number, a date).
     */
    default boolean acceptsAnyText() {
        return false;
    }

    /** Texts that belong to the answer (choice options). */
    default List<Text> texts() {
        return List.of();
    }
}
