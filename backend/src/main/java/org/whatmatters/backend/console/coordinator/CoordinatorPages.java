package org.whatmatters.backend.console.coordinator;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.whatmatters.backend.alert.AlertView;
import org.whatmatters.backend.alert.StaffAlertController;
import org.whatmatters.backend.caseload.CoordinatorPeopleController;
import org.whatmatters.backend.console.ConsolePaths;
import org.whatmatters.backend.console.ConsoleSection;
import org.whatmatters.backend.console.Pages;
import org.whatmatters.backend.problem.Forbidden;
import org.whatmatters.backend.security.Role;
import org.whatmatters.backend.time.UkTime;

/**
 * A care coordinator's pages: the people linked to them who consented to share (and each one's
 * summary), and the alerts sent to them, with acknowledge. The consent rule is the API's ({@link
 * CoordinatorPeopleController}); an alert names the person only when it may (consent, or a crisis).
 */
@Controller(CoordinatorPages.ROOT)
@Secured(Role.Names.COORDINATOR)
@Hidden
@Produces(MediaType.TEXT_HTML)
class CoordinatorPages {

    static final String ROOT = ConsolePaths.ROOT + "/coordinator";

    /** The newest hundred of each list (the API's first page). */
    private static final Pageable FIRST_PAGE = Pageable.from(0, 100);

    /** An alert as the list shows it. */
    public record Alert(AlertView view, String at, String about) {}

    @Factory
    static class Sections {
        @Singleton
        @Bean
        ConsoleSection coordinatorHome() {
            return ConsoleSection.of("Your people and alerts", ROOT, 10, Role.COORDINATOR);
        }
    }

    private final CoordinatorPeopleController people;
    private final StaffAlertController alerts;

    CoordinatorPages(CoordinatorPeopleController people, StaffAlertController alerts) {
        this.people = people;
        this.alerts = alerts;
    }

    @Get
    ModelAndView<Map<String, Object>> home(Authentication who) {
        List<CoordinatorPeopleController.Shared> shared;
        String problem = null;
        try {
            shared = people.page(who, FIRST_PAGE).getContent();
        } catch (Forbidden notLinked) {
            shared = List.of();
            problem = notLinked.getMessage();
        }
        List<Alert> theirs =
                alerts.page(who, null, FIRST_PAGE).getContent().stream()
                        .map(
                                alert ->
                                        new Alert(
                                                alert,
                                                UkTime.brief(alert.createdAt()),
                                                alert.about() == null
                                                        ? "someone who has not agreed to share their details"
                                                        : alert.about().name() == null
                                                                ? "person "
                                                                        + alert.about().personId()
                                                                : alert.about().name()))
                        .toList();
        return Pages.page(
                "console/coordinator/home", "people", shared, "alerts", theirs, "problem", problem);
    }

    @Get("/people/{personId}")
    ModelAndView<Map<String, Object>> person(@PathVariable Long personId, Authentication who) {
        return Pages.page("console/coordinator/person", "person", people.show(personId, who));
    }

    @Post("/alerts/{alertId}/acknowledge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> acknowledge(@PathVariable Long alertId, Authentication who) {
        alerts.acknowledge(alertId, who);
        return HttpResponse.seeOther(URI.create(ROOT + "#alerts"));
    }
}
