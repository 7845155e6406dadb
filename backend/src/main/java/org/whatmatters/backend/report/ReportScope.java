package org.whatmatters.backend.report;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What a report covers: UK local days {@code from} to {@code to} (both included), one organisation
 * or (null) all, and whether its figures stay inside the organisation ({@code open}: no
 * suppression, free text listed).
 */
record ReportScope(LocalDate from, LocalDate to, @Nullable Long organisationId, boolean open) {

    static final ZoneId UK = ZoneId.of("Europe/London");

    Instant start() {
        return from.atStartOfDay(UK).toInstant();
    }

    /** The first moment after the period. */
    Instant end() {
        return to.plusDays(1).atStartOfDay(UK).toInstant();
    }

    boolean covers(@Nullable Instant at) {
        return at != null && !at.isBefore(start()) && at.isBefore(end());
    }

    boolean includesOrganisation(@Nullable Long organisation) {
        return organisationId == null || organisationId.equals(organisation);
    }
}
