package org.whatmatters.backend.staff;

import jakarta.inject.Singleton;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.whatmatters.backend.problem.Conflict;
import org.whatmatters.backend.problem.Invalid;
import org.whatmatters.backend.problem.NotFound;
import org.whatmatters.backend.security.Role;

/**
 * Creating and changing staff accounts, with the rules every path (API, console or first start)
 * must keep.
 */
@Singleton
public class StaffAccounts {

    private static final Logger LOG = LoggerFactory.getLogger(StaffAccounts.class);

    private final StaffAccountRepository accounts;
    private final OrganisationRepository organisations;
    private final Passwords passwords;
    private final Clock clock;

    public StaffAccounts(
            StaffAccountRepository accounts,
            OrganisationRepository organisations,
            Passwords passwords,
            Clock clock) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.passwords = passwords;
        this.clock = clock;
    }

    public StaffAccount create(
            String username, String password, Role role, Long organisationId, String displayName) {
        checkPassword(password);
        checkOrganisation(role, organisationId);
        if (accounts.existsByUsername(username)) {
            throw new Conflict("username " + username + " is taken");
        }
        StaffAccount saved =
                accounts.save(
                        new StaffAccount(
                                null,
                                username,
                                passwords.hash(password),
                                role,
                                organisationId,
                                displayName,
                                true,
                                clock.instant()));
        LOG.info("staff account {} created with role {}", saved.username(), saved.role());
        return saved;
    }

    /**
     * Disabled: their open console sessions and their tokens stop working on their next request.
     */
    public StaffAccount setEnabled(Long id, boolean enabled, String actor) {
        StaffAccount account = find(id);
        if (!enabled && actor.equals("staff:" + account.username())) {
            throw new Conflict("you cannot disable your own account");
        }
        StaffAccount changed =
                accounts.update(
                        with(
                                account,
                                account.passwordHash(),
                                account.role(),
                                account.organisationId(),
                                enabled));
        LOG.info(
                "staff account {} {} by {}",
                changed.username(),
                enabled ? "enabled" : "disabled",
                actor);
        return changed;
    }

    public StaffAccount resetPassword(Long id, String password, String actor) {
        StaffAccount account = find(id);
        checkPassword(password);
        StaffAccount changed =
                accounts.update(
                        with(
                                account,
                                passwords.hash(password),
                                account.role(),
                                account.organisationId(),
                                account.enabled()));
        LOG.info("password of staff account {} reset by {}", changed.username(), actor);
        return changed;
    }

    /** A new role or organisation: tokens issued for the old one stop working at once. */
    public StaffAccount changeRole(Long id, Role role, Long organisationId, String actor) {
        StaffAccount account = find(id);
        checkOrganisation(role, organisationId);
        StaffAccount changed =
                accounts.update(
                        with(
                                account,
                                account.passwordHash(),
                                role,
                                organisationId,
                                account.enabled()));
        LOG.info("staff account {} now {} by {}", changed.username(), changed.role(), actor);
        return changed;
    }

    public StaffAccount find(Long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFound("no staff account " + id));
    }

    private void checkPassword(String password) {
        String problem = passwords.problemWith(password);
        if (problem != null) {
            throw Invalid.field("password", problem);
        }
    }

    private void checkOrganisation(Role role, Long organisationId) {
        if (role == Role.PARTNER && organisationId == null) {
            throw Invalid.field(
                    "organisationId",
                    "a PARTNER account belongs to an organisation: give organisationId");
        }
        if (role != Role.PARTNER && organisationId != null) {
            throw Invalid.field(
                    "organisationId", "only PARTNER accounts belong to an organisation");
        }
        if (organisationId != null && !organisations.existsById(organisationId)) {
            throw Invalid.field("organisationId", "no organisation " + organisationId);
        }
    }

    private static StaffAccount with(
            StaffAccount account, String hash, Role role, Long organisationId, boolean enabled) {
        return new StaffAccount(
                account.id(),
                account.username(),
                hash,
                role,
                organisationId,
                account.displayName(),
                enabled,
                account.createdAt());
    }
}
