package org.whatmatters.conversation.engine;

import java.util.Map;
import org.whatmatters.conversation.script.Text;

/** Turns a script text into what a person reads, in their language, with placeholders filled. */
public interface Texts {

    String render(Text text, String language, Map<String, String> facts);
}
