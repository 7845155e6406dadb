package org.whatmatters.backend.translation;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import org.whatmatters.conversation.engine.Texts;
import org.whatmatters.conversation.script.Text;

/**
 * The preview switch of the serving rule, for the phone simulator only (never for a person): a text
 * is rendered as {@link CatalogTexts} serves it, except that where no reviewed translation may be
 * served, the latest unreviewed translation is shown instead of the English, so an interpreter
 * reads their draft in place. {@link #stateOf} says which of the two a text is, so the simulator
 * can mark drafts as such.
 */
@Singleton
public class DraftPreview implements Texts {

    /**
     * How a text reaches the reader: in English (English conversation), reviewed, a draft shown in
     * preview, or English instead of their language.
     */
    public enum Shown {
        ENGLISH,
        REVIEWED,
        DRAFT_PREVIEW,
        ENGLISH_FALLBACK
    }

    private final CatalogTexts served;
    private final TranslationRepository translations;

    DraftPreview(CatalogTexts served, TranslationRepository translations) {
        this.served = served;
        this.translations = translations;
    }

    @Override
    public String render(Text text, String language, Map<String, String> facts) {
        return draft(language, text.key())
                .map(draft -> CatalogTexts.format(draft, language, facts))
                .orElseGet(() -> served.render(text, language, facts));
    }

    /**
     * How the text for {@code key} is shown in {@code language}, with or without the preview of
     * drafts.
     */
    public Shown stateOf(String language, String key, boolean previewing) {
        if ("en".equals(language)) {
            return Shown.ENGLISH;
        }
        if (served.servedIn(language, key)) {
            return Shown.REVIEWED;
        }
        return previewing && draft(language, key).isPresent()
                ? Shown.DRAFT_PREVIEW
                : Shown.ENGLISH_FALLBACK;
    }

    private Optional<String> draft(String language, String key) {
        if ("en".equals(language) || served.servedIn(language, key)) {
            return Optional.empty();
        }
        return translations
                .findByLanguageAndTextKey(language, key)
                .map(Translation::content)
                .filter(content -> !content.isBlank());
    }
}
