package org.whatmatters.backend.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import org.whatmatters.backend.security.Role;

/** A member of staff who signs in. The password is kept only as a bcrypt hash. */
@MappedEntity("staff_account")
public record StaffAccount(
        @Id @GeneratedValue @Nullable Long id,
        String username,
        String passwordHash,
        Role role,
        @Nullable Long organisationId,
        @Nullable String displayName,
        boolean enabled,
        Instant createdAt) {

    @Override
    public String toString() {
        return "StaffAccount[id=" + id + ", username=" + username + ", role=" + role + "]";
    }
}
