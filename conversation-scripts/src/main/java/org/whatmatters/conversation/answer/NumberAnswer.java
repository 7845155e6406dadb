package org.whatmatters.conversation.answer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.whatmatters.conversation.words.Reply;

/**
 * A whole number from {@code min} to {@code max}, written alone or with a few words ("4 - better"),
 * in any script's digits ("٤").
 */
public record NumberAnswer(int min, int max) implements Answer {

    private static final Pattern ONE_NUMBER = Pattern.compile("^\\D*?(\\d{1,6})(?:\\D*)$");

    @Override
    public Optional<String> read(Reply reply, Reading reading) {
        Matcher matcher = ONE_NUMBER.matcher(reply.said());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int value = Integer.parseInt(matcher.group(1));
        return value >= min && value <= max ? Optional.of(String.valueOf(value)) : Optional.empty();
    }
}
