package org.whatmatters.backend.referral;

/**
 * A referral was declined or closed (raised inside that change's transaction): follow-up stops the
 * person's contacts. {@code reason} is the audit text, e.g. "referral declined".
 */
public record ReferralEnded(Long personId, String actor, String reason) {}
