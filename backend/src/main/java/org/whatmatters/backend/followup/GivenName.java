package org.whatmatters.backend.followup;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;
import java.util.regex.Pattern;

/**
 * Whether a reply is the first name a person gave us (hazard H2, recycled numbers): compared
 * ignoring case, accents and other diacritics, spaces and punctuation (ICU4J's root collator at
 * primary strength, after NFKC), so "dee", " DÉE. " and "Dée" all match "Dee", and "Mary Ann"
 * matches "maryann". The reply must be the name (the whole name given, or its first word), not
 * merely contain it: "not Dee, wrong number" does not match.
 */
final class GivenName {

    private static final Pattern NOT_LETTERS = Pattern.compile("[\\p{P}\\p{S}\\p{Cf}\\s]+");
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    private GivenName() {}

    static boolean matches(String given, String reply) {
        if (given == null || reply == null) {
            return false;
        }
        String said = squeezed(reply);
        if (said.isEmpty()) {
            return false;
        }
        String whole = squeezed(given);
        String[] words = NFKC.normalize(given).strip().split("[\\s,]+");
        String first = words.length == 0 ? "" : squeezed(words[0]);
        Collator collator = collator();
        return (!whole.isEmpty() && collator.equals(whole, said))
                || (!first.isEmpty() && collator.equals(first, said));
    }

    private static String squeezed(String text) {
        return NOT_LETTERS.matcher(NFKC.normalize(text)).replaceAll("");
    }

    /**
     * Primary strength: base letters only, so case and diacritics do not count. A new instance each
     * time (not thread-safe).
     */
    private static Collator collator() {
        Collator collator = Collator.getInstance(ULocale.ROOT);
        collator.setStrength(Collator.PRIMARY);
        return collator;
    }
}
