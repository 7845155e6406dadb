package org.whatmatters.backend.staff;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import org.whatmatters.backend.problem.Conflict;
import org.whatmatters.backend.security.Role;

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
        return HttpResponse.created(
                organisations.save(new Organisation(null, name, clock.instant(), null)));
    }

    @Get
    List<Organisation> list() {
        return organisations.listOrderByName();
    }
}
