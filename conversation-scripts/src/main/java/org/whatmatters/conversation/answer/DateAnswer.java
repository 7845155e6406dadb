package org.whatmatters.conversation.answer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.whatmatters.conversation.words.Normalised;
import org.whatmatters.conversation.words.Reply;

/**
 * A date as people in the UK write it (31/12/2026, 31-12-26, 31 Dec 2026, 2026-12-31), digits in
 * any script; saved as ISO.
 */
public record DateAnswer() implements Answer {

    private static final List<DateTimeFormatter> FORMATS =
            List.of(
                            "d/M/uuuu",
                            "d/M/uu",
                            "d-M-uuuu",
                            "d-M-uu",
                            "d.M.uuuu",
                            "d M uuuu",
                            "d MMM uuuu",
                            "d MMMM uuuu",
                            "uuuu-M-d")
                    .stream()
                    .map(
                            pattern ->
                                    DateTimeFormatter.ofPattern(pattern, Locale.UK)
                                            .withResolverStyle(ResolverStyle.STRICT))
                    .toList();

    @Override
    public Optional<String> read(Reply reply, Reading reading) {
        String text = Normalised.asciiDigits(reply.text().strip().replaceAll("\\s+", " "));
        String words = reply.said();
        for (DateTimeFormatter format : FORMATS) {
            for (String candidate : List.of(text, words, capitalise(words))) {
                try {
                    return Optional.of(LocalDate.parse(candidate, format).toString());
                } catch (DateTimeParseException e) {
                    // try the next way of writing it
                }
            }
        }
        return Optional.empty();
    }

    private static String capitalise(String words) {
        StringBuilder out = new StringBuilder();
        for (String word : words.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(
                    word.isEmpty()
                            ? word
                            : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }
}
