package org.whatmatters.backend.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.security.authentication.Authentication;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.whatmatters.backend.security.SignedIn;

/**
 * Who may see which report, the one rule for the API and the console page: an admin any
 * organisation or all, always suppressed; a partner their own organisation only, suppressed unless
 * they ask for it inside the organisation.
 */
final class ReportRequests {

    static final String INSIDE = "organisation";
    static final String EXPORT = "export";

    private ReportRequests() {}

    static ReportScope scope(
            @Nullable String from,
            @Nullable String to,
            @Nullable Long organisationId,
            @Nullable String audience,
            Authentication authentication) {
        LocalDate first = day("from", from);
        LocalDate last = day("to", to);
        if (last.isBefore(first)) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "'to' must not be before 'from'");
        }
        boolean inside = INSIDE.equals(audience);
        if (audience != null && !inside && !EXPORT.equals(audience)) {
            throw new HttpStatusException(
                    HttpStatus.BAD_REQUEST, "audience must be 'export' or 'organisation'");
        }
        SignedIn staff = SignedIn.from(authentication);
        if (staff.admin()) {
            if (inside) {
                throw new HttpStatusException(
                        HttpStatus.FORBIDDEN,
                        "unsuppressed figures are for a partner's own organisation; an admin's reports leave it");
            }
            return new ReportScope(first, last, organisationId, false);
        }
        if (staff.organisationId() == null
                || (organisationId != null && !organisationId.equals(staff.organisationId()))) {
            throw new HttpStatusException(
                    HttpStatus.FORBIDDEN,
                    "a partner sees the reports of their own organisation only");
        }
        return new ReportScope(first, last, staff.organisationId(), inside);
    }

    static LocalDate day(String name, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new HttpStatusException(
                    HttpStatus.BAD_REQUEST, "'" + name + "' is needed: a UK date as yyyy-mm-dd");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new HttpStatusException(
                    HttpStatus.BAD_REQUEST,
                    "'" + name + "' must be a date as yyyy-mm-dd, not '" + value + "'");
        }
    }
}
