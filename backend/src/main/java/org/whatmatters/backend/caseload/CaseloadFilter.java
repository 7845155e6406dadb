package org.whatmatters.backend.caseload;

import io.micronaut.core.annotation.Nullable;
import org.whatmatters.backend.referral.ReferralStatus;

/**
 * Which of a caseload to show: by referral status, contacts due today or overdue (UK days), people
 * the follow-up could not reach, open crisis alerts, calls or visits waiting. Any left out (null)
 * lets everyone through.
 */
public record CaseloadFilter(
        @Nullable ReferralStatus status,
        @Nullable Due due,
        @Nullable Boolean unreachable,
        @Nullable Boolean crisis,
        @Nullable Boolean taskWaiting) {

    /** Which contacts to show by date: those due today (UK time), or those overdue. */
    public enum Due {
        TODAY,
        OVERDUE
    }

    public static final CaseloadFilter EVERYONE = new CaseloadFilter(null, null, null, null, null);

    public boolean matches(CaseloadEntry entry) {
        return (status == null || entry.status() == status)
                && (due == null || (due == Due.TODAY ? entry.dueToday() : entry.overdue()))
                && (unreachable == null || entry.unreachable() == unreachable)
                && (crisis == null || entry.crisis() == crisis)
                && (taskWaiting == null || entry.taskWaiting() == taskWaiting);
    }
}
