package org.whatmatters.conversation.script;

import java.util.function.Function;
import org.whatmatters.conversation.answer.ChoiceAnswer;

/** How a question reads as one message: the prompt, then each option on its own numbered line. */
public final class Messages {

    private Messages() {}

    static String withOptions(AskNode ask) {
        return withOptions(ask, Text::source);
    }

    public static String withOptions(AskNode ask, Function<Text, String> shown) {
        StringBuilder message = new StringBuilder(shown.apply(ask.prompt()));
        if (ask.answer() instanceof ChoiceAnswer choice) {
            int number = 1;
            for (ChoiceAnswer.Option option : choice.options()) {
                message.append('\n')
                        .append(number++)
                        .append(' ')
                        .append(shown.apply(option.text()));
            }
        }
        return message.toString();
    }
}
