package org.whatmatters.backend.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import org.whatmatters.backend.security.Role;

/** A staff account as the API shows it: never the password hash. */
@Serdeable
public record StaffAccountView(
        Long id,
        String username,
        Role role,
        @Nullable Long organisationId,
        @Nullable String displayName,
        boolean enabled,
        Instant createdAt) {

    static StaffAccountView of(StaffAccount account) {
        return new StaffAccountView(
                account.id(),
                account.username(),
                account.role(),
                account.organisationId(),
                account.displayName(),
                account.enabled(),
                account.createdAt());
    }
}
