package org.whatmatters.backend.console.partner;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.whatmatters.backend.console.ConsoleSection;
import org.whatmatters.backend.staff.Role;

/** The delivery partner's entries in the console menu. */
@Factory
class PartnerSections {

    @Singleton
    ConsoleSection caseload() {
        return ConsoleSection.of("Caseload", PartnerPaths.CASELOAD, 10, Role.PARTNER);
    }
}
