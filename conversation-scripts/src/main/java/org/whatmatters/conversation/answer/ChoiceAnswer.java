package org.whatmatters.conversation.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.whatmatters.conversation.script.Text;
import org.whatmatters.conversation.words.Normalised;
import org.whatmatters.conversation.words.Reply;

/**
 * One of numbered options. A reply picks an option by its number ("2", "2.", "number 2", or "٢" in
 * another script's digits), by its text or value, or by one of its other words, in any case;
 * options are listed under the question.
 */
public record ChoiceAnswer(List<Option> options) implements Answer {

    public record Option(String value, Text text, List<String> also) {

        /** Every normalised form that picks this option (besides its number). */
        public List<String> words() {
            List<String> words = new ArrayList<>();
            words.add(Normalised.of(value));
            words.add(Normalised.of(text.source()));
            also.forEach(word -> words.add(Normalised.of(word)));
            return words;
        }
    }

    @Override
    public Optional<String> read(Reply reply, Reading reading) {
        // "no 2" is "number 2"; "no thanks" stays as written, so an option that answers to it can
        // be picked
        String said = reply.said().replaceFirst("^(number|no|option) (?=\\d{1,2}$)", "");
        if (said.matches("\\d{1,2}")) {
            int index = Integer.parseInt(said) - 1;
            return index >= 0 && index < options.size()
                    ? Optional.of(options.get(index).value())
                    : Optional.empty();
        }
        for (Option option : options) {
            if (option.words().contains(said)
                    || Normalised.of(reading.asShown().apply(option.text())).equals(said)) {
                return Optional.of(option.value());
            }
        }
        return Optional.empty();
    }

    @Override
    public List<Text> texts() {
        return options.stream().map(Option::text).toList();
    }
}
