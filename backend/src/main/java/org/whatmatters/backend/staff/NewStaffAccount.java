package org.whatmatters.backend.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.whatmatters.backend.security.Role;

@Serdeable
public record NewStaffAccount(
        @NotBlank
                @Size(max = 100)
                @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "letters, digits and . _ @ - only")
                String username,
        @NotBlank String password,
        @NotNull Role role,
        @Nullable Long organisationId,
        @Nullable @Size(max = 200) String displayName) {

    @Override
    public String toString() {
        return "NewStaffAccount[username=" + username + ", role=" + role + "]";
    }
}
