package org.whatmatters.backend.caseload;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.whatmatters.backend.security.Role;

/** A partner's notes on a person in their caseload: seen by their own organisation only. */
@Controller("/partner/people/{personId}/notes")
@Secured(Role.Names.PARTNER)
@Tag(name = "Delivery partner")
@SecurityRequirement(name = "bearer")
class NoteController {

    @Serdeable
    record NewNote(String text) {}

    private final PersonNotes notes;

    NoteController(PersonNotes notes) {
        this.notes = notes;
    }

    @Get
    List<PersonNote> list(@PathVariable Long personId, Authentication authentication) {
        return notes.of(personId, authentication);
    }

    @Post
    @Status(HttpStatus.CREATED)
    PersonNote add(
            @PathVariable Long personId, @Body @Valid NewNote note, Authentication authentication) {
        return notes.add(personId, note.text(), authentication);
    }
}
