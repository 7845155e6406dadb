package org.whatmatters.backend.caseload;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.whatmatters.backend.referral.PartnerAccess;
import org.whatmatters.backend.security.Role;
import org.whatmatters.backend.security.SignedIn;

import java.time.Clock;
import java.util.List;

/** A partner's notes on a person in their caseload: seen by their own organisation only. */
@Controller("/partner/people/{personId}/notes")
@Secured(Role.Names.PARTNER)
@Tag(name = "Delivery partner")
@SecurityRequirement(name = "bearer")
class NoteController {

    @Serdeable
    record NewNote(String text) {
    }

    private final PersonNoteRepository notes;
    private final PartnerAccess access;
    private final Clock clock;

    NoteController(PersonNoteRepository notes, PartnerAccess access, Clock clock) {
        this.notes = notes;
        this.access = access;
        this.clock = clock;
    }

    @Get
    List<PersonNote> list(@PathVariable Long personId, Authentication authentication) {
        access.referralFor(personId, authentication);
        return notes.findByPersonIdAndOrganisationIdOrderById(personId, SignedIn.from(authentication).organisationId());
    }

    @Post
    @Status(HttpStatus.CREATED)
    PersonNote add(@PathVariable Long personId, @Body NewNote note, Authentication authentication) {
        access.referralFor(personId, authentication);
        if (note.text() == null || note.text().isBlank() || note.text().length() > 10_000) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "a note is some text, at most 10,000 characters");
        }
        SignedIn staff = SignedIn.from(authentication);
        return notes.save(new PersonNote(null, personId, staff.organisationId(), staff.username(), clock.instant(), note.text().strip()));
    }
}
