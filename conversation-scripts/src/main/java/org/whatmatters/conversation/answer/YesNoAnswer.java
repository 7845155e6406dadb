package org.whatmatters.conversation.answer;

import java.util.Optional;
import org.whatmatters.conversation.words.Lexicon;
import org.whatmatters.conversation.words.Reply;

/** Yes or no, in the person's language or English; saved as {@code yes} or {@code no}. */
public record YesNoAnswer() implements Answer {

    @Override
    public Optional<String> read(Reply reply, Reading reading) {
        if (reading.lexicon().is(Lexicon.Kind.YES, reply)) {
            return Optional.of("yes");
        }
        if (reading.lexicon().is(Lexicon.Kind.NO, reply)) {
            return Optional.of("no");
        }
        return Optional.empty();
    }
}
