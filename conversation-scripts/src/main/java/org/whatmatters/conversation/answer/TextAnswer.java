package org.whatmatters.conversation.answer;


import java.util.Optional;

/** Anything the person writes, kept in their own words (only trimmed). */
public record TextAnswer() implements Answer {

    @Override
    public Optional<String> read(String reply, Reading reading) {
        String trimmed = reply == null ? "" : reply.strip();
        return trimmed.isEmpty() ? Optional.empty() : Optional.of(trimmed);
    }
}
