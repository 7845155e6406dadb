package org.whatmatters.backend.translation;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import org.whatmatters.backend.settings.SettingChecks;

/**
 * {@code whatmatters.translations.*}. {@code serveUnreviewed} sends draft and unreviewed
 * translations to people: for demonstrations only, off by default, and start-up says so loudly when
 * it is on.
 */
@ConfigurationProperties("whatmatters.translations")
public record TranslationSettings(@Bindable(defaultValue = "false") String serveUnreviewed) {

    public TranslationSettings {
        SettingChecks.onOrOff(VARIABLE, serveUnreviewed);
    }

    public boolean servesUnreviewed() {
        return SettingChecks.onOrOff(VARIABLE, serveUnreviewed);
    }

    private static final String VARIABLE = "SERVE_UNREVIEWED_TRANSLATIONS";
}
