package org.whatmatters.backend.translation;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import jakarta.inject.Singleton;
import org.whatmatters.conversation.engine.EnglishTexts;
import org.whatmatters.conversation.engine.Texts;
import org.whatmatters.conversation.script.Text;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The serving rule (clinical safety): a text goes out in the person's language only when its translation
 * is reviewed for the current English; otherwise in English. Placeholders are filled with ICU MessageFormat
 * in the language's locale (plurals follow its rules). In right-to-left languages every filled-in value is
 * isolated left-to-right (U+2066 … U+2069), so a phone number such as 116 123 inside Urdu or Arabic is not
 * reordered into 123 116.
 */
@Singleton
public class CatalogTexts implements Texts {

    static final Set<String> RIGHT_TO_LEFT = Set.of("ur", "ar");
    private static final char LEFT_TO_RIGHT_ISOLATE = '\u2066';
    private static final char POP_DIRECTIONAL_ISOLATE = '\u2069';

    private final ServedTranslations served;
    private final EnglishTexts english = new EnglishTexts();

    public CatalogTexts(ServedTranslations served) {
        this.served = served;
    }

    @Override
    public String render(Text text, String language, Map<String, String> facts) {
        if ("en".equals(language)) {
            return english.render(text, language, facts);
        }
        return served.servable(language, text.key())
                .map(translation -> format(translation, language, facts))
                .orElseGet(() -> english.render(text, language, facts));
    }

    /** Whether {@code key} would go out in {@code language} rather than falling back to English. */
    public boolean servedIn(String language, String key) {
        return "en".equals(language) || served.servable(language, key).isPresent();
    }

    static String format(String pattern, String language, Map<String, String> facts) {
        if (pattern.indexOf('{') < 0) {
            return pattern;
        }
        Map<String, Object> values = new HashMap<>();
        boolean rtl = RIGHT_TO_LEFT.contains(language);
        facts.forEach((name, value) -> values.put(name, rtl ? LEFT_TO_RIGHT_ISOLATE + value + POP_DIRECTIONAL_ISOLATE : value));
        return new MessageFormat(pattern, ULocale.forLanguageTag(language)).format(values);
    }
}
