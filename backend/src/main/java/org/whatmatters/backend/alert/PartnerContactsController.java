package org.whatmatters.backend.alert;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import org.whatmatters.backend.directory.FieldChecks;
import org.whatmatters.backend.person.PhoneNumbers;
import org.whatmatters.backend.problem.Forbidden;
import org.whatmatters.backend.problem.Invalid;
import org.whatmatters.backend.problem.NotFound;
import org.whatmatters.backend.security.Role;
import org.whatmatters.backend.security.SignedIn;
import org.whatmatters.backend.staff.OrganisationRepository;

/**
 * Where a delivery partner's alerts go (a shared inbox and phone) and who its lead is: an admin, or
 * the partner itself.
 */
@Controller("/staff/organisations/{id}/alert-contacts")
@Secured({Role.Names.ADMIN, Role.Names.PARTNER})
@Tag(name = "Alerts")
@SecurityRequirement(name = "bearer")
public class PartnerContactsController {

    @Serdeable
    public record Contacts(
            @Nullable String alertEmail,
            @Nullable String alertPhone,
            @Nullable String leadName,
            @Nullable String leadEmail,
            @Nullable String leadPhone) {}

    private final PartnerContactsRepository contacts;
    private final OrganisationRepository organisations;
    private final PhoneNumbers phoneNumbers;
    private final Clock clock;

    PartnerContactsController(
            PartnerContactsRepository contacts,
            OrganisationRepository organisations,
            PhoneNumbers phoneNumbers,
            Clock clock) {
        this.contacts = contacts;
        this.organisations = organisations;
        this.phoneNumbers = phoneNumbers;
        this.clock = clock;
    }

    /** Also the console's organisations page: the same rules, not written twice. */
    @Get
    public PartnerContacts show(@PathVariable Long id, Authentication authentication) {
        allowed(id, authentication);
        return contacts.findById(id)
                .orElse(new PartnerContacts(id, null, null, null, null, null, clock.instant()));
    }

    @Put
    public PartnerContacts set(
            @PathVariable Long id, @Body @Valid Contacts body, Authentication authentication) {
        allowed(id, authentication);
        PartnerContacts updated =
                new PartnerContacts(
                        id,
                        email("alertEmail", body.alertEmail()),
                        phone("alertPhone", body.alertPhone()),
                        blankToNull(body.leadName()),
                        email("leadEmail", body.leadEmail()),
                        phone("leadPhone", body.leadPhone()),
                        clock.instant());
        return contacts.existsById(id) ? contacts.update(updated) : contacts.save(updated);
    }

    private void allowed(Long id, Authentication authentication) {
        SignedIn staff = SignedIn.from(authentication);
        if (!staff.admin() && !id.equals(staff.organisationId())) {
            throw new Forbidden("partner staff set their own organisation's alert contacts");
        }
        if (!organisations.existsById(id)) {
            throw new NotFound("no organisation " + id);
        }
    }

    private String email(String field, String value) {
        String email = blankToNull(value);
        if (email != null && !FieldChecks.isEmailAddress(email)) {
            throw new Invalid(field + " is not an email address");
        }
        return email;
    }

    private String phone(String field, String value) {
        String phone = blankToNull(value);
        return phone == null
                ? null
                : phoneNumbers
                        .toE164(phone)
                        .orElseThrow(() -> new Invalid(field + " is not a phone number"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
