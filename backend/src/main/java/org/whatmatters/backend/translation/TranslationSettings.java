package org.whatmatters.backend.translation;

import io.micronaut.context.annotation.ConfigurationProperties;
import org.whatmatters.backend.settings.InvalidSettingException;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code whatmatters.translations.*}. {@code serveUnreviewed} sends draft and unreviewed translations to
 * people: for demonstrations only, off by default, and start-up says so loudly when it is on.
 */
@ConfigurationProperties("whatmatters.translations")
public record TranslationSettings(@Bindable(defaultValue = "false") String serveUnreviewed) {

    public TranslationSettings {
        if (!"true".equalsIgnoreCase(serveUnreviewed.trim()) && !"false".equalsIgnoreCase(serveUnreviewed.trim())) {
            throw new InvalidSettingException("SERVE_UNREVIEWED_TRANSLATIONS", "must be true or false, was '" + serveUnreviewed + "'");
        }
    }

    public boolean servesUnreviewed() {
        return "true".equalsIgnoreCase(serveUnreviewed.trim());
    }
}
