package org.whatmatters.backend.caseload;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.whatmatters.backend.security.Role;

/**
 * One person in a partner's caseload: everything they told us, in their own words, with their
 * referral, follow-ups, alerts and signposting; and the full transcript of their messages across
 * channels.
 */
@Controller("/partner/people/{personId}")
@Secured(Role.Names.PARTNER)
@Tag(name = "Delivery partner")
@SecurityRequirement(name = "bearer")
class PersonController {

    private final PersonFile file;

    PersonController(PersonFile file) {
        this.file = file;
    }

    @Get
    PersonFile.Summary summary(@PathVariable Long personId, Authentication authentication) {
        return file.summary(personId, authentication);
    }

    /** Every message to and from the person, oldest first, whichever channel it went by. */
    @Get("/transcript")
    List<PersonFile.Message> transcript(
            @PathVariable Long personId, Authentication authentication) {
        return file.transcript(personId, authentication);
    }
}
