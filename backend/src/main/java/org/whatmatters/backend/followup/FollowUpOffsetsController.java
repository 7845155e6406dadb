package org.whatmatters.backend.followup;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.whatmatters.backend.problem.Forbidden;
import org.whatmatters.backend.problem.NotFound;
import org.whatmatters.backend.security.Role;
import org.whatmatters.backend.security.SignedIn;
import org.whatmatters.backend.staff.Organisation;
import org.whatmatters.backend.staff.OrganisationRepository;

/**
 * An organisation's own follow-up offsets (moved here from the staff organisation endpoints:
 * follow-up owns them).
 */
@Controller("/staff/organisations")
@Secured(Role.Names.ADMIN)
@Tag(name = "Staff accounts")
@SecurityRequirement(name = "bearer")
public class FollowUpOffsetsController {

    private final OrganisationRepository organisations;

    FollowUpOffsetsController(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    @Serdeable
    public record FollowUpOffsets(List<String> offsets) {}

    /**
     * When an organisation's follow-up contacts 1, 2 and 3 fall due after delivery, as ISO periods
     * (["P3D", "P14D", "P42D"]); an admin for any organisation, partner staff for their own.
     * Schedules made from then on use them.
     */
    @Put("/{id}/follow-up-offsets")
    @Secured({Role.Names.ADMIN, Role.Names.PARTNER})
    public Organisation followUpOffsets(
            @PathVariable Long id,
            @Body @Valid FollowUpOffsets body,
            Authentication authentication) {
        SignedIn staff = SignedIn.from(authentication);
        if (!staff.admin() && !id.equals(staff.organisationId())) {
            throw new Forbidden("partner staff set their own organisation's follow-ups");
        }
        Organisation organisation =
                organisations.findById(id).orElseThrow(() -> new NotFound("no organisation " + id));
        return organisations.update(
                organisation.withFollowUpOffsets(ContactOffsets.check(body.offsets())));
    }
}
