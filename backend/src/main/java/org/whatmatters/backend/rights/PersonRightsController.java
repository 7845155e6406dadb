package org.whatmatters.backend.rights;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.whatmatters.backend.audit.StaffRead;
import org.whatmatters.backend.audit.StaffReadRepository;
import org.whatmatters.backend.security.Role;

/**
 * A person's data rights, for an admin: everything held about them (subject access), and erasure.
 */
@Controller("/staff/people/{personId}")
@Secured(Role.Names.ADMIN)
@Tag(name = "People's rights")
@SecurityRequirement(name = "bearer")
class PersonRightsController {

    @Serdeable
    record Export(long personId, List<SubjectAccess.Section> sections) {}

    private final SubjectAccess subjectAccess;
    private final Erasure erasure;
    private final StaffReadRepository audit;
    private final Clock clock;

    PersonRightsController(
            SubjectAccess subjectAccess, Erasure erasure, StaffReadRepository audit, Clock clock) {
        this.subjectAccess = subjectAccess;
        this.erasure = erasure;
        this.audit = audit;
        this.clock = clock;
    }

    @Operation(
            summary =
                    "Everything held about the person, table by table, in clear (subject access request)")
    @Get("/subject-access")
    Export export(@PathVariable long personId) {
        return new Export(personId, sections(personId));
    }

    @Operation(summary = "The same as a readable document (HTML) to give to the person")
    @Get("/subject-access/document")
    @Produces(MediaType.TEXT_HTML)
    String document(@PathVariable long personId) {
        return SubjectAccessDocument.html(personId, sections(personId));
    }

    @Operation(
            summary =
                    "Erase the person: what they wrote and were sent goes; that alerts and contacts happened stays, without content")
    @Post("/erasure")
    HttpResponse<Map<String, Object>> erase(@PathVariable long personId, Authentication who) {
        if (!erasure.erase(personId)) {
            throw new HttpStatusException(
                    HttpStatus.NOT_FOUND, "no such person, or erased already");
        }
        // who erased whom stays on the record with the audit of reads, which erasure keeps
        audit.save(
                new StaffRead(
                        null,
                        who.getName(),
                        String.join(",", who.getRoles()),
                        personId,
                        "POST /staff/people/{personId}/erasure",
                        "/staff/people/" + personId + "/erasure",
                        "erasure",
                        clock.instant()));
        return HttpResponse.ok(Map.of("personId", personId, "erased", true));
    }

    private List<SubjectAccess.Section> sections(long personId) {
        List<SubjectAccess.Section> sections = subjectAccess.of(personId);
        if (sections.isEmpty()) {
            throw new HttpStatusException(HttpStatus.NOT_FOUND, "no such person");
        }
        return sections;
    }
}
