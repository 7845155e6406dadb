package org.whatmatters.backend.coordinator;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import jakarta.inject.Singleton;
import org.whatmatters.backend.person.PhoneNumbers;
import org.whatmatters.backend.signposting.FieldProblem;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The checks team and coordinator fields share: names and other text that will be exported to spreadsheets
 * (bounded, never the start of a formula), phones (possible numbers, kept in E.164) and email addresses.
 * Each returns the tidied value, or null with the problem added.
 */
@Singleton
class FieldChecks {

    private static final String FORMULA_START = "=+-@";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final int EMAIL_MAX = 254;

    private final PhoneNumbers phones;

    FieldChecks(PhoneNumbers phones) {
        this.phones = phones;
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip().replaceAll("\\s+", " ");
    }

    String requiredText(String field, String raw, int max, List<FieldProblem> problems) {
        String value = text(raw);
        if (value == null) {
            problems.add(new FieldProblem(field, "is required"));
            return null;
        }
        if (value.length() > max) {
            problems.add(new FieldProblem(field, "is longer than " + max + " characters"));
        }
        if (FORMULA_START.indexOf(value.charAt(0)) >= 0) {
            problems.add(new FieldProblem(field, "must not start with =, +, - or @ (a spreadsheet would run it as a formula)"));
        }
        return value;
    }

    String phone(String field, String raw, List<FieldProblem> problems) {
        String value = text(raw);
        if (value == null) {
            return null;
        }
        Optional<String> e164 = value.length() > 40 ? Optional.empty() : phones.toE164(value);
        if (e164.isEmpty()) {
            problems.add(new FieldProblem(field, "'" + value + "' is not a possible phone number (like 01274 123456 or +44 7700 900123)"));
            return null;
        }
        return e164.get();
    }

    /**
     * A stored E.164 number as people read it ({@code +44 7700 900123}); in an exported CSV, a spreadsheet keeps it
     * as text where it would turn {@code +447700900123} into a number and lose the plus.
     */
    static String international(String e164) {
        if (e164 == null) {
            return null;
        }
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        try {
            return util.format(util.parse(e164, null), PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return e164;
        }
    }

    String email(String field, String raw, List<FieldProblem> problems) {
        String value = text(raw);
        if (value == null) {
            return null;
        }
        if (value.length() > EMAIL_MAX || !EMAIL.matcher(value).matches()) {
            problems.add(new FieldProblem(field, "'" + value + "' is not an email address like duty.team@nhs.net"));
            return null;
        }
        return value;
    }
}
