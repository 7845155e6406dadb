package org.whatmatters.conversation.answer;

import java.util.function.Function;
import org.whatmatters.conversation.script.Text;
import org.whatmatters.conversation.words.Lexicon;

/** What a reply is read with: the person's words for yes/no, and script texts as they saw them. */
public record Reading(Lexicon lexicon, Function<Text, String> asShown) {}
