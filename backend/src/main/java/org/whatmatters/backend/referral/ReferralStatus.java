package org.whatmatters.backend.referral;

import java.util.Locale;

/**
 * Where a referral is: self-referred → what-matters done → accepted (or declined) → item ordered →
 * delivered (the follow-ups run) → closed. The person hears it through STATUS, from the fact {@code
 * referral_status} (this status in lower case with dashes, matching the replies' keys).
 */
public enum ReferralStatus {
    SELF_REFERRED,
    WHAT_MATTERS_DONE,
    ACCEPTED,
    DECLINED,
    ITEM_ORDERED,
    DELIVERED,
    CLOSED;

    public String factValue() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Still on its way: a new self-referral does not start another one. */
    public boolean open() {
        return this != DECLINED && this != CLOSED;
    }
}
