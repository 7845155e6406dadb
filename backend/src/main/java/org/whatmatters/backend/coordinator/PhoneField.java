package org.whatmatters.backend.coordinator;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.whatmatters.backend.directory.FieldChecks;
import org.whatmatters.backend.directory.FieldProblem;
import org.whatmatters.backend.person.PhoneNumbers;

/**
 * A team's or coordinator's phone: any possible number (national ones in the default region), kept
 * in E.164 so that alerts can be sent to it, and shown in international form.
 */
@Singleton
class PhoneField {

    private final PhoneNumbers phones;

    PhoneField(PhoneNumbers phones) {
        this.phones = phones;
    }

    /**
     * The number in E.164, or null when it is left out or is not a possible number (then with the
     * problem added).
     */
    String check(String field, String raw, List<FieldProblem> problems) {
        String value = FieldChecks.text(raw);
        if (value == null) {
            return null;
        }
        Optional<String> e164 = value.length() > 40 ? Optional.empty() : phones.toE164(value);
        if (e164.isEmpty()) {
            problems.add(
                    new FieldProblem(
                            field,
                            "'"
                                    + value
                                    + "' is not a possible phone number (like 01274 123456 or +44 7700 900123)"));
            return null;
        }
        return e164.get();
    }

    /**
     * A stored E.164 number as people read it ({@code +44 7700 900123}); in an exported CSV, a
     * spreadsheet keeps it as text where it would turn {@code +447700900123} into a number and lose
     * the plus.
     */
    static String international(String e164) {
        if (e164 == null) {
            return null;
        }
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        try {
            return util.format(
                    util.parse(e164, null), PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return e164;
        }
    }
}
