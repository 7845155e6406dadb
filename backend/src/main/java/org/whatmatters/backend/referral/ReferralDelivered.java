package org.whatmatters.backend.referral;

/**
 * The item reached the person (raised inside the delivery's transaction): follow-up schedules its
 * contacts from it. An application event so that referral does not depend on follow-up.
 */
public record ReferralDelivered(Referral referral, String actor) {}
