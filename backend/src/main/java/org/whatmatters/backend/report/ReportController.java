package org.whatmatters.backend.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.whatmatters.backend.security.Role;

/**
 * Evaluation reports for the people who decide: JSON for a commissioner's own tools, CSV for
 * spreadsheets. An admin sees any organisation or all of them; a partner only their own; nobody
 * else (a coordinator or an interpreter is refused). Everything here is suppressed (fewer than 5)
 * unless a partner asks for their own organisation's figures with {@code audience=organisation},
 * for reading inside it (free text included).
 */
@Controller("/reports")
@Secured({Role.Names.ADMIN, Role.Names.PARTNER})
@Tag(name = "Reports")
@SecurityRequirement(name = "bearer")
class ReportController {

    static final String TEXT_CSV = "text/csv";

    private final Reports reports;

    ReportController(Reports reports) {
        this.reports = reports;
    }

    /** The reports there are. */
    @Get
    List<String> names() {
        return reports.names();
    }

    /**
     * One report for UK local days {@code from} to {@code to} (both included, yyyy-mm-dd). {@code
     * organisationId}: an admin's choice (absent: all organisations); a partner's own (absent:
     * theirs). {@code audience}: {@code export} (default, small numbers suppressed) or {@code
     * organisation} (a partner's own figures unsuppressed, with people's own words: never to be
     * shared outside the organisation).
     */
    @Get("/{report}")
    Report report(
            @PathVariable String report,
            @QueryValue @Nullable String from,
            @QueryValue @Nullable String to,
            @QueryValue @Nullable Long organisationId,
            @QueryValue @Nullable String audience,
            Authentication authentication) {
        ReportKind kind = kind(report);
        return reports.run(
                kind, ReportRequests.scope(from, to, organisationId, audience, authentication));
    }

    /**
     * The same report as CSV ({@code report,table,row,column,value}), always suppressed: a file
     * leaves the organisation.
     */
    @Get(uri = "/{report}/csv", produces = TEXT_CSV)
    HttpResponse<String> csv(
            @PathVariable String report,
            @QueryValue @Nullable String from,
            @QueryValue @Nullable String to,
            @QueryValue @Nullable Long organisationId,
            Authentication authentication) {
        ReportKind kind = kind(report);
        ReportScope scope =
                ReportRequests.scope(
                        from, to, organisationId, ReportRequests.EXPORT, authentication);
        String filename =
                "whatmatters-"
                        + kind.name()
                        + "-"
                        + scope.from()
                        + "-to-"
                        + scope.to()
                        + (scope.organisationId() == null
                                ? ""
                                : "-organisation-" + scope.organisationId())
                        + ".csv";
        return HttpResponse.ok(ReportCsv.of(reports.run(kind, scope)))
                .contentType(TEXT_CSV + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    }

    private ReportKind kind(String report) {
        return reports.find(report)
                .orElseThrow(
                        () ->
                                new HttpStatusException(
                                        HttpStatus.NOT_FOUND,
                                        "no report '"
                                                + report
                                                + "'; there are "
                                                + String.join(", ", reports.names())));
    }
}
