package org.whatmatters.backend.staff;

import org.whatmatters.backend.security.Role;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;

/** Creating staff accounts, with the rules every path (API or first start) must keep. */
@Singleton
public class StaffAccounts {

    private static final Logger LOG = LoggerFactory.getLogger(StaffAccounts.class);

    private final StaffAccountRepository accounts;
    private final OrganisationRepository organisations;
    private final Passwords passwords;
    private final Clock clock;

    public StaffAccounts(StaffAccountRepository accounts, OrganisationRepository organisations, Passwords passwords, Clock clock) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.passwords = passwords;
        this.clock = clock;
    }

    public StaffAccount create(String username, String password, Role role, Long organisationId, String displayName) {
        String problem = passwords.problemWith(password);
        if (problem != null) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "password " + problem);
        }
        if (role == Role.PARTNER && organisationId == null) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "a PARTNER account belongs to an organisation: give organisationId");
        }
        if (role != Role.PARTNER && organisationId != null) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "only PARTNER accounts belong to an organisation");
        }
        if (organisationId != null && !organisations.existsById(organisationId)) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "no organisation " + organisationId);
        }
        if (accounts.existsByUsername(username)) {
            throw new HttpStatusException(HttpStatus.CONFLICT, "username " + username + " is taken");
        }
        StaffAccount saved = accounts.save(new StaffAccount(null, username, passwords.hash(password), role, organisationId,
                displayName, true, clock.instant()));
        LOG.info("staff account {} created with role {}", saved.username(), saved.role());
        return saved;
    }
}
