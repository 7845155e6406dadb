package org.whatmatters.backend.directory;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.List;

/**
 * The checks every directory's fields share: text that will be exported to spreadsheets (bounded,
 * never the start of a formula) and email addresses. A value is tidied by trimming its ends only;
 * spacing inside it is kept as written (a description's line breaks are the partner's), and names
 * compare by {@link NameKey}, which ignores it. Each check returns the tidied value, or null, with
 * any problem added.
 */
public final class FieldChecks {

    private static final String FORMULA_START = "=+-@";
    private static final int EMAIL_MAX = 254;

    private FieldChecks() {}

    /** The value without white space at its ends; null when it is missing or blank. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Free text, as {@link #plainText}, that must be given. */
    public static String requiredText(
            String field, String raw, int max, List<FieldProblem> problems) {
        String value = plainText(field, raw, max, problems);
        if (value == null) {
            problems.add(new FieldProblem(field, "is required"));
        }
        return value;
    }

    /**
     * Free text that will be exported to spreadsheets: at most {@code max} characters, never the
     * start of a formula.
     */
    public static String plainText(String field, String raw, int max, List<FieldProblem> problems) {
        String value = text(raw);
        if (value == null) {
            return null;
        }
        if (value.length() > max) {
            problems.add(new FieldProblem(field, "is longer than " + max + " characters"));
        }
        if (FORMULA_START.indexOf(value.charAt(0)) >= 0) {
            problems.add(
                    new FieldProblem(
                            field,
                            "must not start with =, +, - or @ (a spreadsheet would run it as a formula)"));
        }
        return value;
    }

    /**
     * An email address, if one is given: null when it is left out or is not one (then with the
     * problem added).
     */
    public static String email(String field, String raw, List<FieldProblem> problems) {
        String value = text(raw);
        if (value != null && !isEmailAddress(value)) {
            problems.add(
                    new FieldProblem(
                            field,
                            "'" + value + "' is not an email address like duty.team@nhs.net"));
            return null;
        }
        return value;
    }

    /**
     * Whether the value is one bare email address, as Jakarta Mail reads it strictly (RFC 822): no
     * display name, angle brackets, comment or list; at most 254 characters; a domain with a dot,
     * since mail is sent over the internet.
     */
    public static boolean isEmailAddress(String value) {
        if (value == null || value.length() > EMAIL_MAX) {
            return false;
        }
        try {
            InternetAddress address = new InternetAddress(value, true);
            String domain = value.substring(value.lastIndexOf('@') + 1);
            return address.getAddress().equals(value) && domain.contains(".");
        } catch (AddressException e) {
            return false;
        }
    }
}
