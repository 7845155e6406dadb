package org.whatmatters.backend.signposting;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import org.whatmatters.backend.settings.SettingChecks;

/**
 * {@code whatmatters.signposting.*}.
 *
 * @param loadSample load the fictional sample directory into an empty directory at start-up
 *     (SIGNPOSTING_LOAD_SAMPLE); off by default so made-up services never reach real people
 * @param categoriesFile where the categories and their keywords are read from
 *     (SIGNPOSTING_CATEGORIES_FILE)
 * @param cacheExpiry how long a directory read is kept; a change made here clears it at once, one
 *     made through another instance reaches this one within this time
 */
@ConfigurationProperties("whatmatters.signposting")
public record SignpostingSettings(
        @Bindable(defaultValue = "false") String loadSample,
        @Bindable(defaultValue = "classpath:signposting/categories.yaml") String categoriesFile,
        @Bindable(defaultValue = "30s") Duration cacheExpiry) {

    public SignpostingSettings {
        SettingChecks.onOrOff(LOAD_SAMPLE, loadSample);
        SettingChecks.positive("SIGNPOSTING_CACHE_EXPIRY", cacheExpiry);
    }

    private static final String LOAD_SAMPLE = "SIGNPOSTING_LOAD_SAMPLE";

    /**
     * Whether to load the fictional sample; a typo stops start-up rather than quietly meaning "no".
     */
    public boolean loadsSample() {
        return SettingChecks.onOrOff(LOAD_SAMPLE, loadSample);
    }
}
