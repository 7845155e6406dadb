package org.whatmatters.backend.coordinator;

import static org.whatmatters.backend.coordinator.CareTeamController.actor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.whatmatters.backend.referral.PartnerAccess;
import org.whatmatters.backend.security.Role;

/**
 * A delivery partner links one of their people to their coordinator in the directory; each link is
 * in the referral's history.
 */
@Controller("/partner/people/{personId}/coordinator")
@Secured(Role.Names.PARTNER)
@Tag(name = "Delivery partner")
@SecurityRequirement(name = "bearer")
class PersonCoordinatorController {

    @Serdeable
    record Link(@Nullable Long coordinatorId) {}

    private final PartnerAccess access;
    private final PersonCoordinators people;

    PersonCoordinatorController(PartnerAccess access, PersonCoordinators people) {
        this.access = access;
        this.people = people;
    }

    @Operation(
            summary =
                    "What the person said about their coordinator, the coordinator linked, and up to 5 directory matches, best first")
    @Get
    PersonCoordinator show(@PathVariable Long personId, Authentication who) {
        return people.show(access.referralFor(personId, who));
    }

    @Operation(summary = "Link a directory coordinator {\"coordinatorId\"} to the person")
    @Put
    PersonCoordinator link(
            @PathVariable Long personId, @Body @Valid Link body, Authentication who) {
        return people.link(access.referralFor(personId, who), body.coordinatorId(), actor(who));
    }

    @Operation(
            summary =
                    "Add a coordinator to the directory (fields as POST /staff/coordinators) and link them to the person in one go")
    @Post
    HttpResponse<PersonCoordinator> createAndLink(
            @PathVariable Long personId,
            @Body @Valid CoordinatorFields fields,
            Authentication who) {
        return HttpResponse.created(
                people.createAndLink(access.referralFor(personId, who), fields, actor(who)));
    }

    @Operation(summary = "Unlink the person's coordinator (what they said is kept)")
    @Delete
    PersonCoordinator unlink(@PathVariable Long personId, Authentication who) {
        return people.unlink(access.referralFor(personId, who), actor(who));
    }
}
