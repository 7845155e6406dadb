package org.whatmatters.conversation.engine;

import java.util.Map;
import org.whatmatters.conversation.script.Text;
import org.whatmatters.translations.catalog.MessageFormats;

/**
 * The English source of every text, formatted with ICU MessageFormat (placeholders such as {@code
 * {preferred_name}} filled from facts). Until translations are served, every language reads
 * English.
 */
public final class EnglishTexts implements Texts {

    @Override
    public String render(Text text, String language, Map<String, String> facts) {
        if (text.source().indexOf('{') < 0) {
            return text.source(); // nothing to fill: most texts
        }
        return MessageFormats.format(text.source(), "en-GB", facts); // compiled once per text
    }
}
