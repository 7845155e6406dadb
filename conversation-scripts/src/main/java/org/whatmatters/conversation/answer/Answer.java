package org.whatmatters.conversation.answer;

import org.whatmatters.conversation.script.Text;

import java.util.List;
import java.util.Optional;

/** What kind of reply a question takes, and how a reply is read into the value that is saved. */
public interface Answer {

    /** The value to save, or empty when the reply is not an answer of this kind. */
    Optional<String> read(String reply, Reading reading);

    /** Texts that belong to the answer (choice options). */
    default List<Text> texts() {
        return List.of();
    }
}
