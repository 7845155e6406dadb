package org.whatmatters.backend.caseload;

import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import org.whatmatters.backend.problem.Invalid;
import org.whatmatters.backend.referral.PartnerAccess;
import org.whatmatters.backend.security.SignedIn;

/**
 * A partner's notes on a person in their caseload, seen by their own organisation only (API and
 * console).
 */
@Singleton
public class PersonNotes {

    private final PersonNoteRepository notes;
    private final PartnerAccess access;
    private final Clock clock;

    PersonNotes(PersonNoteRepository notes, PartnerAccess access, Clock clock) {
        this.notes = notes;
        this.access = access;
        this.clock = clock;
    }

    public List<PersonNote> of(Long personId, Authentication authentication) {
        access.referralFor(personId, authentication);
        return notes.findByPersonIdAndOrganisationIdOrderById(
                personId, SignedIn.from(authentication).organisationId());
    }

    public PersonNote add(Long personId, String text, Authentication authentication) {
        access.referralFor(personId, authentication);
        if (text == null || text.isBlank() || text.length() > 10_000) {
            throw Invalid.field("text", "a note is some text, at most 10,000 characters");
        }
        SignedIn staff = SignedIn.from(authentication);
        return notes.save(
                new PersonNote(
                        null,
                        personId,
                        staff.organisationId(),
                        staff.username(),
                        clock.instant(),
                        text.strip()));
    }
}
