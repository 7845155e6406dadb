package org.whatmatters.backend.staff;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code whatmatters.admin.*} (ADMIN_USERNAME, ADMIN_PASSWORD): the admin {@link FirstAdmin}
 * creates on a start with no staff accounts at all.
 */
@ConfigurationProperties("whatmatters.admin")
public record AdminSettings(
        @Bindable(defaultValue = "") String username,
        @Bindable(defaultValue = "") String password) {

    @Override
    public String toString() {
        return "AdminSettings[username="
                + username
                + ", password="
                + (password.isBlank() ? "absent" : "set")
                + "]";
    }
}
