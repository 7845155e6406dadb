package org.whatmatters.backend.staff;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import org.whatmatters.backend.followup.ContactOffsets;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.whatmatters.backend.problem.Conflict;
import org.whatmatters.backend.problem.Forbidden;
import org.whatmatters.backend.problem.NotFound;

import java.time.Clock;
import java.util.List;

/** Delivery-partner organisations, which PARTNER accounts belong to. */
@Controller("/staff/organisations")
@Secured(Role.Names.ADMIN)
@Tag(name = "Staff accounts")
@SecurityRequirement(name = "bearer")
public class OrganisationController {

    private final OrganisationRepository organisations;
    private final Clock clock;

    OrganisationController(OrganisationRepository organisations, Clock clock) {
        this.organisations = organisations;
        this.clock = clock;
    }

    /** Also the console's organisations page: the same rules, not written twice. */
    @Post
    public HttpResponse<Organisation> create(@Body @Valid NewOrganisation organisation) {
        String name = organisation.name().trim();
        if (organisations.existsByName(name)) {
            throw new Conflict("an organisation called " + name + " exists");
        }
        return HttpResponse.created(organisations.save(new Organisation(null, name, clock.instant(), null)));
    }

    @Get
    List<Organisation> list() {
        return organisations.listOrderByName();
    }

    @Serdeable
    public record FollowUpOffsets(List<String> offsets) {
    }

    /**
     * When an organisation's follow-up contacts 1, 2 and 3 fall due after delivery, as ISO periods
     * (["P3D", "P14D", "P42D"]); an admin for any organisation, partner staff for their own. Schedules made
     * from then on use them.
     */
    @Put("/{id}/follow-up-offsets")
    @Secured({Role.Names.ADMIN, Role.Names.PARTNER})
    public Organisation followUpOffsets(@PathVariable Long id, @Body @Valid FollowUpOffsets body, Authentication authentication) {
        SignedIn staff = SignedIn.from(authentication);
        if (!staff.admin() && !id.equals(staff.organisationId())) {
            throw new Forbidden("partner staff set their own organisation's follow-ups");
        }
        Organisation organisation = organisations.findById(id)
                .orElseThrow(() -> new NotFound("no organisation " + id));
        return organisations.update(organisation.withFollowUpOffsets(ContactOffsets.check(body.offsets())));
    }
}
