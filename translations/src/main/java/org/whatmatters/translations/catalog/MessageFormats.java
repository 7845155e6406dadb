package org.whatmatters.translations.catalog;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ICU message formats compiled once per text and language, not on every message: parsing a pattern
 * costs far more than filling it. An ICU {@link MessageFormat} is not safe to share between threads
 * while it formats, so each cached one formats under its own lock. The texts are the shipped
 * scripts' and catalogs' (a bounded set); should anything else ever fill the cache past {@link
 * #LIMIT}, it is emptied and starts again.
 */
public final class MessageFormats {

    static final int LIMIT = 20_000;

    private record Key(String pattern, String language) {}

    private static final Map<Key, MessageFormat> COMPILED = new ConcurrentHashMap<>();

    private MessageFormats() {}

    /**
     * {@code pattern} in {@code language} (a BCP 47 tag) with {@code values} filled in;
     * IllegalArgumentException if not ICU.
     */
    public static String format(String pattern, String language, Map<String, ?> values) {
        if (COMPILED.size() > LIMIT) {
            COMPILED.clear();
        }
        MessageFormat format =
                COMPILED.computeIfAbsent(
                        new Key(pattern, language),
                        key ->
                                new MessageFormat(
                                        key.pattern(), ULocale.forLanguageTag(key.language())));
        synchronized (format) {
            return format.format(values);
        }
    }
}
