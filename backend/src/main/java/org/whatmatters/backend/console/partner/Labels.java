package org.whatmatters.backend.console.partner;

import org.whatmatters.backend.referral.ReferralStatus;

/** Words for the states the pages show. */
final class Labels {

    private Labels() {}

    static String status(ReferralStatus status) {
        return switch (status) {
            case SELF_REFERRED -> "Self-referred";
            case WHAT_MATTERS_DONE -> "Ready to review";
            case ACCEPTED -> "Accepted";
            case DECLINED -> "Declined";
            case ITEM_ORDERED -> "Item ordered";
            case DELIVERED -> "Delivered";
            case CLOSED -> "Closed";
        };
    }
}
