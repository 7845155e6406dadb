package org.whatmatters.backend.console.partner;

import org.whatmatters.backend.console.ConsolePaths;

/** Where the delivery partner's pages are. */
final class PartnerPaths {

    static final String CASELOAD = ConsolePaths.ROOT + "/partner";

    private PartnerPaths() {}

    static String person(Long personId) {
        return CASELOAD + "/people/" + personId;
    }
}
