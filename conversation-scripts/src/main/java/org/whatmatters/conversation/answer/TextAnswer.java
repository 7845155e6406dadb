package org.whatmatters.conversation.answer;

import org.whatmatters.conversation.words.Reply;

import java.util.Optional;

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
