package org.whatmatters.backend.staff;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.whatmatters.backend.security.Role;
import org.whatmatters.backend.settings.InvalidSettingException;

/**
 * On a start with no staff accounts at all, creates the admin named by ADMIN_USERNAME /
 * ADMIN_PASSWORD, who then creates everyone else over the API. Never touches an existing database's
 * accounts.
 */
@Context // a weak ADMIN_PASSWORD stops start-up even when the admin exists already
class FirstAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

    private final StaffAccountRepository accounts;
    private final StaffAccounts staff;
    private final String username;
    private final String password;

    FirstAdmin(
            StaffAccountRepository accounts,
            StaffAccounts staff,
            AdminSettings admin,
            Passwords passwords) {
        String username = admin.username();
        String password = admin.password();
        if (!username.isBlank() && passwords.problemWith(password) != null) {
            throw new InvalidSettingException("ADMIN_PASSWORD", passwords.problemWith(password));
        }
        this.accounts = accounts;
        this.staff = staff;
        this.username = username;
        this.password = password;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (accounts.count() > 0) {
            return;
        }
        if (username.isBlank() || password.isBlank()) {
            LOG.warn(
                    "there are no staff accounts: set ADMIN_USERNAME and ADMIN_PASSWORD and restart to create the first admin");
            return;
        }
        staff.create(username.trim(), password, Role.ADMIN, null, "Administrator");
        LOG.info("created the first admin account '{}' from ADMIN_USERNAME", username.trim());
    }
}
