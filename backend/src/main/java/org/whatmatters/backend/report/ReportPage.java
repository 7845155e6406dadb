package org.whatmatters.backend.report;

import io.micronaut.context.annotation.Factory;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.whatmatters.backend.console.ConsoleSection;
import org.whatmatters.backend.console.Pages;
import org.whatmatters.backend.security.Role;
import org.whatmatters.backend.security.SignedIn;

/**
 * The reports in the staff console: choose a report and a period; each table is drawn as a hatched,
 * labelled bar chart with the same numbers in an accessible table beside it. A partner reads their
 * own organisation's figures as counted (inside the organisation, with people's own words); an
 * admin reads them suppressed, like any export. The same rule as the API ({@link ReportRequests}),
 * and links to the CSV of what is shown.
 */
@Controller(ReportPage.PATH)
@Secured({Role.Names.ADMIN, Role.Names.PARTNER})
@Hidden
@Produces(MediaType.TEXT_HTML)
class ReportPage {

    static final String PATH = "/console/reports";

    /** One table as the page shows it: its chart and its rows. */
    public record Shown(ReportTable table, BarChart chart) {}

    /** A report to choose. */
    public record Choice(String name, String title, boolean current) {}

    private final Reports reports;
    private final Clock clock;

    ReportPage(Reports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @Get
    ModelAndView<Map<String, Object>> page(
            @QueryValue @Nullable String report,
            @QueryValue @Nullable String from,
            @QueryValue @Nullable String to,
            @QueryValue @Nullable Long organisationId,
            Authentication authentication) {
        String name = report == null || reports.find(report).isEmpty() ? "funnel" : report;
        ReportKind kind = reports.find(name).orElseThrow();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ReportScope.UK);
        String first = from == null || from.isBlank() ? today.minusDays(90).toString() : from;
        String last = to == null || to.isBlank() ? today.toString() : to;
        boolean partner = SignedIn.from(authentication).partner();
        List<String> errors = new ArrayList<>();
        Report shown = null;
        try {
            shown =
                    reports.run(
                            kind,
                            ReportRequests.scope(
                                    first,
                                    last,
                                    organisationId,
                                    partner ? ReportRequests.INSIDE : ReportRequests.EXPORT,
                                    authentication));
        } catch (HttpStatusException refused) {
            errors.add(refused.getMessage());
        }
        List<Shown> tables = new ArrayList<>();
        if (shown != null) {
            shown.tables().forEach(table -> tables.add(new Shown(table, BarChart.of(table))));
        }
        List<Choice> choices = new ArrayList<>();
        for (String each : reports.names()) {
            choices.add(
                    new Choice(each, reports.find(each).orElseThrow().title(), each.equals(name)));
        }
        String csv =
                "/reports/"
                        + name
                        + "/csv?from="
                        + first
                        + "&to="
                        + last
                        + (organisationId == null ? "" : "&organisationId=" + organisationId);
        return Pages.page(
                "console/reports/report",
                "title",
                kind.title(),
                "choices",
                choices,
                "from",
                first,
                "to",
                last,
                "report",
                shown,
                "tables",
                tables,
                "errors",
                errors,
                "inside",
                partner,
                "csv",
                csv);
    }

    @Factory
    static class Section {
        @Singleton
        ConsoleSection reports() {
            return ConsoleSection.of("Reports", PATH, 50, Role.PARTNER, Role.ADMIN);
        }
    }
}
