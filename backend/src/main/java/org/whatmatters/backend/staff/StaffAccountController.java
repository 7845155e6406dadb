package org.whatmatters.backend.staff;

import org.whatmatters.backend.security.Role;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.List;

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
        StaffAccount created = staff.create(account.username(), account.password(), account.role(),
                account.organisationId(), account.displayName());
        return HttpResponse.created(StaffAccountView.of(created));
    }

    @Get
    List<StaffAccountView> list() {
        return accounts.listOrderByUsername().stream().map(StaffAccountView::of).toList();
    }
}
