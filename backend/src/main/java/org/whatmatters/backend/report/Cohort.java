package org.whatmatters.backend.report;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The journeys a report is about: the referrals made (self-referral finished) in the period, in the
 * organisation (or all, unassigned ones included), with everything that has happened to them since,
 * whenever it happened. {@link #WHERE} selects them in SQL over a referral aliased {@code r}.
 */
record Cohort(ReportScope scope, List<Journey> journeys) {

    static final String WHERE = " r.created_at >= ? AND r.created_at < ? ";

    /**
     * One referral: whose, which organisation, when the person first wrote, and when each status
     * was first reached.
     */
    record Journey(
            long referralId,
            long personId,
            @Nullable Long organisationId,
            Instant firstContact,
            Map<String, Instant> reached,
            @Nullable String declineReason) {}

    static String where(ReportScope scope) {
        return WHERE + (scope.organisationId() == null ? "" : " AND r.organisation_id = ? ");
    }

    static List<Object> parameters(ReportScope scope) {
        List<Object> parameters = new ArrayList<>(List.of(scope.start(), scope.end()));
        if (scope.organisationId() != null) {
            parameters.add(scope.organisationId());
        }
        return parameters;
    }

    Set<Long> personIds() {
        return journeys.stream()
                .map(Journey::personId)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    Set<Long> referralIds() {
        return journeys.stream().map(Journey::referralId).collect(Collectors.toSet());
    }
}
