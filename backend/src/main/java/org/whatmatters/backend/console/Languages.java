package org.whatmatters.backend.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.whatmatters.translations.catalog.AsSent;
import org.whatmatters.translations.catalog.Catalogs;

/**
 * The languages texts go out in, as console pages name them, with the HTML {@code lang} and {@code
 * dir} of each.
 */
public final class Languages {

    /** A language: its code, its English name, its own name, and its direction. */
    public record Language(String code, String name, String own, String dir) {}

    private static final Map<String, String[]> NAMES =
            Map.of(
                    "en", new String[] {"English", "English"},
                    "ur", new String[] {"Urdu", "اردو"},
                    "pa", new String[] {"Punjabi (Gurmukhi)", "ਪੰਜਾਬੀ"},
                    "bn", new String[] {"Bengali", "বাংলা"},
                    "pl", new String[] {"Polish", "Polski"},
                    "ar", new String[] {"Arabic", "العربية"},
                    "so", new String[] {"Somali", "Soomaali"});

    private Languages() {}

    public static Language of(String code) {
        String[] names = NAMES.getOrDefault(code, new String[] {code, code});
        return new Language(
                code, names[0], names[1], AsSent.RIGHT_TO_LEFT.contains(code) ? "rtl" : "ltr");
    }

    /** The translated languages, without English. */
    public static List<Language> translated() {
        return Catalogs.TRANSLATED.stream().map(Languages::of).toList();
    }

    /** English first, then the translated languages. */
    public static List<Language> all() {
        List<Language> all = new ArrayList<>();
        all.add(of("en"));
        all.addAll(translated());
        return all;
    }
}
