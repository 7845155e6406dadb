package org.whatmatters.backend.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.whatmatters.backend.directory.CsvSheet;
import org.whatmatters.backend.security.Role;

/** The audit of staff reads, for an admin: by person, or by time, as JSON or CSV. */
@Controller("/staff/audit")
@Secured(Role.Names.ADMIN)
@Tag(name = "Audit")
@SecurityRequirement(name = "bearer")
class AuditController {

    private final StaffReadRepository reads;

    AuditController(StaffReadRepository reads) {
        this.reads = reads;
    }

    @Operation(
            summary =
                    "Staff reads of one person's data (personId), or of anyone's between from and until (ISO instants)")
    @Get
    List<StaffRead> list(
            @QueryValue @Nullable Long personId,
            @QueryValue @Nullable Instant from,
            @QueryValue @Nullable Instant until) {
        return find(personId, from, until);
    }

    @Operation(summary = "The same as CSV")
    @Get(uri = "/export", produces = "text/csv")
    HttpResponse<String> export(
            @QueryValue @Nullable Long personId,
            @QueryValue @Nullable Instant from,
            @QueryValue @Nullable Instant until) {
        String csv =
                CsvSheet.write(
                        List.of(
                                "id",
                                "read_at",
                                "staff",
                                "roles",
                                "person_id",
                                "route",
                                "path",
                                "reason"),
                        find(personId, from, until).stream()
                                .map(
                                        read ->
                                                java.util.Arrays.asList(
                                                        String.valueOf(read.id()),
                                                        read.readAt().toString(),
                                                        read.staff(),
                                                        read.roles(),
                                                        read.personId() == null
                                                                ? ""
                                                                : read.personId().toString(),
                                                        read.route(),
                                                        read.path(),
                                                        read.reason()))
                                .toList());
        return HttpResponse.ok(csv)
                .contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"staff-reads.csv\"");
    }

    private List<StaffRead> find(Long personId, Instant from, Instant until) {
        if (personId != null) {
            return reads.findByPersonIdOrderById(personId);
        }
        return reads.findByReadAtGreaterThanEqualsAndReadAtLessThanOrderById(
                from == null ? Instant.EPOCH : from,
                until == null ? Instant.parse("9999-01-01T00:00:00Z") : until);
    }
}
