package org.whatmatters.backend.referral;

/**
 * Why a partner could not agree a plan, from a fixed list so refusals can be counted and analysed
 * (004:789), with the partner's own words beside it. What a budget may not be spent on: 003:48-50.
 */
public enum DeclineReason {
    /** Not someone this service is for (age, not under the mental-health service). */
    NOT_ELIGIBLE,
    /** Lives outside the area the service covers. */
    OUTSIDE_AREA,
    /** The item would not help their recovery as planned. */
    NOT_LINKED_TO_RECOVERY,
    /** Alcohol, tobacco, gambling, debt repayment, illegal items, emergency or GP care. */
    EXCLUDED_ITEM,
    /** Available free elsewhere, or through another service. */
    AVAILABLE_ELSEWHERE,
    /** This period's money is spent. */
    NO_FUNDING_LEFT,
    /** Already has a referral or a budget. */
    DUPLICATE,
    /** They no longer want it. */
    PERSON_WITHDREW,
    /** Nobody could reach them to agree a plan. */
    COULD_NOT_CONTACT,
    OTHER
}
