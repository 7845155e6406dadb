package org.whatmatters.backend.referral;

/**
 * Who took the item: the person, or a named member of staff who signed for it on a ward (000:158).
 */
public enum DeliveredTo {
    PERSON,
    WARD_STAFF
}
