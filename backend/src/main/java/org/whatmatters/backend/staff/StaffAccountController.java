package org.whatmatters.backend.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.whatmatters.backend.security.Role;
import org.whatmatters.backend.security.SignedIn;

@Controller("/staff/accounts")
@Secured(Role.Names.ADMIN)
@Tag(name = "Staff accounts")
@SecurityRequirement(name = "bearer")
class StaffAccountController {

    private final StaffAccounts staff;
    private final StaffAccountRepository accounts;

    StaffAccountController(StaffAccounts staff, StaffAccountRepository accounts) {
        this.staff = staff;
        this.accounts = accounts;
    }

    @Post
    HttpResponse<StaffAccountView> create(@Body @Valid NewStaffAccount account) {
        StaffAccount created =
                staff.create(
                        account.username(),
                        account.password(),
                        account.role(),
                        account.organisationId(),
                        account.displayName());
        return HttpResponse.created(StaffAccountView.of(created));
    }

    @Get
    List<StaffAccountView> list() {
        return accounts.listOrderByUsername().stream().map(StaffAccountView::of).toList();
    }

    @Serdeable
    record NewPassword(@NotBlank String password) {
        @Override
        public String toString() {
            return "NewPassword[...]";
        }
    }

    @Serdeable
    record RoleChange(@NotNull Role role, @Nullable Long organisationId) {}

    /**
     * Disabled at once: the account's open console sessions and bearer tokens are refused from the
     * next request.
     */
    @Post("/{id}/disable")
    StaffAccountView disable(@PathVariable Long id, Authentication authentication) {
        return StaffAccountView.of(
                staff.setEnabled(id, false, SignedIn.from(authentication).actor()));
    }

    @Post("/{id}/enable")
    StaffAccountView enable(@PathVariable Long id, Authentication authentication) {
        return StaffAccountView.of(
                staff.setEnabled(id, true, SignedIn.from(authentication).actor()));
    }

    @Post("/{id}/password")
    StaffAccountView resetPassword(
            @PathVariable Long id, @Body @Valid NewPassword body, Authentication authentication) {
        return StaffAccountView.of(
                staff.resetPassword(id, body.password(), SignedIn.from(authentication).actor()));
    }

    /** A new role or organisation; tokens carrying the old one stop working at once. */
    @Put("/{id}/role")
    StaffAccountView changeRole(
            @PathVariable Long id, @Body @Valid RoleChange body, Authentication authentication) {
        return StaffAccountView.of(
                staff.changeRole(
                        id,
                        body.role(),
                        body.organisationId(),
                        SignedIn.from(authentication).actor()));
    }
}
