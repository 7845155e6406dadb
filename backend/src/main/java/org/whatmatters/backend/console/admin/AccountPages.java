package org.whatmatters.backend.console.admin;

import io.micronaut.context.annotation.Factory;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.whatmatters.backend.console.ConsolePaths;
import org.whatmatters.backend.console.ConsoleSection;
import org.whatmatters.backend.console.Pages;
import org.whatmatters.backend.problem.DomainException;
import org.whatmatters.backend.problem.FieldError;
import org.whatmatters.backend.problem.Invalid;
import org.whatmatters.backend.security.Role;
import org.whatmatters.backend.security.SignedIn;
import org.whatmatters.backend.staff.OrganisationRepository;
import org.whatmatters.backend.staff.StaffAccountRepository;
import org.whatmatters.backend.staff.StaffAccounts;

/**
 * Staff accounts for an admin: create one, disable or enable it (a disabled account's open sessions
 * and tokens stop working at once), reset its password, change its role or organisation. The rules
 * are {@link StaffAccounts}', the same as {@code /staff/accounts} in the API.
 */
@Controller(AccountPages.ROOT)
@Secured(Role.Names.ADMIN)
@Hidden
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
class AccountPages {

    static final String ROOT = ConsolePaths.ROOT + "/admin/accounts";

    @Factory
    static class Sections {
        @Singleton
        ConsoleSection accounts() {
            return ConsoleSection.of("Staff accounts", ROOT, 10, Role.ADMIN);
        }
    }

    private final StaffAccounts staff;
    private final StaffAccountRepository accounts;
    private final OrganisationRepository organisations;

    AccountPages(
            StaffAccounts staff,
            StaffAccountRepository accounts,
            OrganisationRepository organisations) {
        this.staff = staff;
        this.accounts = accounts;
        this.organisations = organisations;
    }

    @Get
    @Consumes(MediaType.ALL)
    ModelAndView<Map<String, Object>> list(@QueryValue @Nullable String done) {
        return page(List.of(), done, Map.of());
    }

    @Post
    HttpResponse<?> create(@Body Map<String, String> form, Authentication who) {
        return act(
                "create",
                "username",
                "created",
                form,
                () ->
                        staff.create(
                                required(form, "username"),
                                form.getOrDefault("password", ""),
                                role(form),
                                organisation(form),
                                text(form, "displayName")));
    }

    @Post("/{id}/disable")
    HttpResponse<?> disable(@PathVariable Long id, Authentication who) {
        return act(
                "account-" + id,
                "button",
                "disabled",
                Map.of(),
                () -> staff.setEnabled(id, false, SignedIn.from(who).actor()));
    }

    @Post("/{id}/enable")
    HttpResponse<?> enable(@PathVariable Long id, Authentication who) {
        return act(
                "account-" + id,
                "button",
                "enabled",
                Map.of(),
                () -> staff.setEnabled(id, true, SignedIn.from(who).actor()));
    }

    @Post("/{id}/password")
    HttpResponse<?> password(
            @PathVariable Long id, @Body Map<String, String> form, Authentication who) {
        return act(
                "password-" + id,
                "password",
                "password-reset",
                Map.of(),
                () ->
                        staff.resetPassword(
                                id, form.getOrDefault("password", ""), SignedIn.from(who).actor()));
    }

    @Post("/{id}/role")
    HttpResponse<?> role(
            @PathVariable Long id, @Body Map<String, String> form, Authentication who) {
        return act(
                "role-" + id,
                "role",
                "role-changed",
                Map.of(),
                () ->
                        staff.changeRole(
                                id, role(form), organisation(form), SignedIn.from(who).actor()));
    }

    private HttpResponse<?> act(
            String formId,
            String mainField,
            String done,
            Map<String, String> form,
            Runnable action) {
        try {
            action.run();
        } catch (DomainException refused) {
            if (refused.status() == 404) {
                throw refused;
            }
            List<FieldError> errors =
                    Pages.errors(refused, mainField).stream()
                            .map(
                                    error ->
                                            new FieldError(
                                                    formId + "-" + error.field(), error.problem()))
                            .toList();
            return HttpResponse.status(HttpStatus.valueOf(refused.status()))
                    .body(page(errors, null, form));
        }
        return HttpResponse.seeOther(URI.create(ROOT + "?done=" + done));
    }

    private ModelAndView<Map<String, Object>> page(
            List<FieldError> errors, @Nullable String done, Map<String, String> form) {
        return Pages.page(
                "console/admin/accounts",
                "accounts",
                accounts.listOrderByUsername(),
                "organisations",
                organisations.findAll(),
                "roles",
                Role.values(),
                "errors",
                errors,
                "done",
                done,
                "form",
                form);
    }

    private static String required(Map<String, String> form, String name) {
        String value = text(form, name);
        if (value == null) {
            throw Invalid.field(name, "enter a " + name);
        }
        if (!value.matches("[A-Za-z0-9._@-]{1,100}")) {
            throw Invalid.field(name, "letters, digits and . _ @ - only, at most 100");
        }
        return value;
    }

    private static Role role(Map<String, String> form) {
        try {
            return Role.valueOf(form.getOrDefault("role", ""));
        } catch (IllegalArgumentException e) {
            throw Invalid.field("role", "choose a role");
        }
    }

    @Nullable
    private static Long organisation(Map<String, String> form) {
        String value = text(form, "organisationId");
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            throw Invalid.field("organisationId", "choose an organisation");
        }
    }

    @Nullable
    private static String text(Map<String, String> form, String name) {
        String value = form.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
