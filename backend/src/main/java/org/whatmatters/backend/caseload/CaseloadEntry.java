package org.whatmatters.backend.caseload;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import org.whatmatters.backend.followup.ContactView;
import org.whatmatters.backend.referral.ReferralStatus;

/**
 * One person in a partner's caseload: how they like to be called, where their referral is, their
 * next (or current) contact, and the flags that need attention: a crisis alert not yet handled, a
 * follow-up that could not reach them, a call or visit due.
 */
@Serdeable
public record CaseloadEntry(
        Long personId,
        Long referralId,
        @Nullable String name,
        ReferralStatus status,
        Instant referredAt,
        @Nullable ContactView nextContact,
        boolean crisis,
        boolean unreachable,
        boolean dueToday,
        boolean overdue,
        boolean taskWaiting) {}
