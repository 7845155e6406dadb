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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.whatmatters.backend.alert.PartnerContacts;
import org.whatmatters.backend.alert.PartnerContactsController;
import org.whatmatters.backend.console.ConsolePaths;
import org.whatmatters.backend.console.ConsoleSection;
import org.whatmatters.backend.console.Pages;
import org.whatmatters.backend.followup.FollowUpOffsetsController;
import org.whatmatters.backend.problem.DomainException;
import org.whatmatters.backend.problem.FieldError;
import org.whatmatters.backend.problem.Invalid;
import org.whatmatters.backend.security.Role;
import org.whatmatters.backend.staff.NewOrganisation;
import org.whatmatters.backend.staff.Organisation;
import org.whatmatters.backend.staff.OrganisationController;
import org.whatmatters.backend.staff.OrganisationRepository;

/**
 * Delivery-partner organisations for an admin: add one, set when its follow-up contacts fall due
 * after delivery, and where its alerts go (alert email and phone, its lead). The API's rules,
 * through the API's own handlers.
 */
@Controller(OrganisationPages.ROOT)
@Secured(Role.Names.ADMIN)
@Hidden
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
class OrganisationPages {

    static final String ROOT = ConsolePaths.ROOT + "/admin/organisations";

    /** One organisation with its timing and alert contacts. */
    public record Row(Organisation organisation, List<String> offsets, PartnerContacts contacts) {}

    @Factory
    static class Sections {
        @Singleton
        ConsoleSection organisations() {
            return ConsoleSection.of("Organisations", ROOT, 15, Role.ADMIN);
        }
    }

    private final OrganisationController api;
    private final FollowUpOffsetsController offsets;
    private final PartnerContactsController contacts;
    private final OrganisationRepository organisations;

    OrganisationPages(
            OrganisationController api,
            FollowUpOffsetsController offsets,
            PartnerContactsController contacts,
            OrganisationRepository organisations) {
        this.api = api;
        this.offsets = offsets;
        this.contacts = contacts;
        this.organisations = organisations;
    }

    @Get
    @Consumes(MediaType.ALL)
    ModelAndView<Map<String, Object>> list(@QueryValue @Nullable String done, Authentication who) {
        return page(List.of(), done, who, Map.of());
    }

    @Post
    HttpResponse<?> create(@Body Map<String, String> form, Authentication who) {
        return act(
                "create",
                "name",
                "added",
                who,
                Map.of(),
                () -> {
                    String name = form.getOrDefault("name", "").strip();
                    if (name.isEmpty() || name.length() > 200) {
                        throw Invalid.field(
                                "name", "enter the organisation's name (at most 200 characters)");
                    }
                    api.create(new NewOrganisation(name));
                });
    }

    @Post("/{id}/follow-ups")
    HttpResponse<?> followUps(
            @PathVariable Long id, @Body Map<String, String> form, Authentication who) {
        return act(
                "offsets-" + id,
                "contact1",
                "timing-saved",
                who,
                Map.of(id, form),
                () ->
                        offsets.followUpOffsets(
                                id,
                                new FollowUpOffsetsController.FollowUpOffsets(
                                        List.of(
                                                form.getOrDefault("contact1", ""),
                                                form.getOrDefault("contact2", ""),
                                                form.getOrDefault("contact3", ""))),
                                who));
    }

    @Post("/{id}/alert-contacts")
    HttpResponse<?> alertContacts(
            @PathVariable Long id, @Body Map<String, String> form, Authentication who) {
        return act(
                "contacts-" + id,
                "alertEmail",
                "alert-contacts-saved",
                who,
                Map.of(),
                () ->
                        contacts.set(
                                id,
                                new PartnerContactsController.Contacts(
                                        form.get("alertEmail"),
                                        form.get("alertPhone"),
                                        form.get("leadName"),
                                        form.get("leadEmail"),
                                        form.get("leadPhone")),
                                who));
    }

    /**
     * {@code typed}: the offsets someone typed, by organisation, shown again when they are refused.
     */
    private HttpResponse<?> act(
            String formId,
            String mainField,
            String done,
            Authentication who,
            Map<Long, Map<String, String>> typed,
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
                    .body(page(errors, null, who, typed));
        }
        return HttpResponse.seeOther(URI.create(ROOT + "?done=" + done));
    }

    private ModelAndView<Map<String, Object>> page(
            List<FieldError> errors,
            @Nullable String done,
            Authentication who,
            Map<Long, Map<String, String>> typed) {
        List<Row> rows = new ArrayList<>();
        for (Organisation organisation : organisations.listOrderByName()) {
            Map<String, String> given = typed.get(organisation.id());
            List<String> offsets =
                    given != null
                            ? List.of(
                                    given.getOrDefault("contact1", ""),
                                    given.getOrDefault("contact2", ""),
                                    given.getOrDefault("contact3", ""))
                            : organisation.followUpOffsets() == null
                                    ? List.of("", "", "")
                                    : List.of(organisation.followUpOffsets().split(","));
            rows.add(new Row(organisation, offsets, contacts.show(organisation.id(), who)));
        }
        return Pages.page(
                "console/admin/organisations", "rows", rows, "errors", errors, "done", done);
    }
}
