package org.whatmatters.conversation.answer;

import java.util.Optional;
import org.whatmatters.conversation.words.Reply;

/** Anything the person writes, kept in their own words (only trimmed). */
public record TextAnswer() implements Answer {

    @Override
    public Optional<String> read(Reply reply, Reading reading) {
        String trimmed = reply.text().strip();
        return trimmed.isEmpty() ? Optional.empty() : Optional.of(trimmed);
    }

    @Override
    public boolean acceptsAnyText() {
        return true;
    }
}
