package org.whatmatters.backend.translation;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Set;
import org.whatmatters.conversation.engine.EnglishTexts;
import org.whatmatters.conversation.engine.Texts;
import org.whatmatters.conversation.script.Text;
import org.whatmatters.translations.catalog.AsSent;

/**
 * The serving rule (clinical safety): a text goes out in the person's language only when its
 * translation is reviewed for the English the running script holds for it (the text being sent);
 * otherwise in English. Placeholders are filled with ICU MessageFormat in the language's locale
 * (plurals follow its rules). In right-to-left languages every filled-in value is isolated
 * left-to-right (U+2066 … U+2069), so a phone number such as 116 123 inside Urdu or Arabic is not
 * reordered into 123 116.
 */
@Singleton
public class CatalogTexts implements Texts {

    static final Set<String> RIGHT_TO_LEFT = AsSent.RIGHT_TO_LEFT;

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
        return served.servable(language, text.key(), text.source())
                .map(translation -> format(translation, language, facts))
                .orElseGet(() -> english.render(text, language, facts));
    }

    /** Whether {@code key} would go out in {@code language} rather than falling back to English. */
    public boolean servedIn(String language, String key) {
        return "en".equals(language) || served.servable(language, key).isPresent();
    }

    static String format(String pattern, String language, Map<String, String> facts) {
        return AsSent.format(pattern, language, facts);
    }
}
