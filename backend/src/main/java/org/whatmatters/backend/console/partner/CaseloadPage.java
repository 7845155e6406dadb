package org.whatmatters.backend.console.partner;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import java.util.Map;
import org.whatmatters.backend.caseload.Caseload;
import org.whatmatters.backend.caseload.CaseloadEntry;
import org.whatmatters.backend.caseload.CaseloadFilter;
import org.whatmatters.backend.console.ConsolePaths;
import org.whatmatters.backend.console.Pages;
import org.whatmatters.backend.referral.ReferralStatus;
import org.whatmatters.backend.security.Role;
import org.whatmatters.backend.security.SignedIn;
import org.whatmatters.backend.time.UkTime;

/**
 * The partner's caseload: counts that need attention and the people, filtered; the counts and the
 * list refresh themselves every few seconds (htmx), so a crisis text or a reply shows up without
 * reloading the page.
 */
@Controller(PartnerPaths.CASELOAD)
@Secured(Role.Names.PARTNER)
@Hidden
@Produces(MediaType.TEXT_HTML)
class CaseloadPage {

    /** One filter link with how many people it would show. */
    public record Count(String key, String label, long count, boolean alert, boolean current) {}

    /** One person as the table shows them. */
    public record Row(
            Long personId,
            String name,
            String status,
            String next,
            List<String> flags,
            boolean crisis) {}

    private final Caseload caseload;

    CaseloadPage(Caseload caseload) {
        this.caseload = caseload;
    }

    @Get
    ModelAndView<Map<String, Object>> page(
            @QueryValue @Nullable String show, Authentication authentication) {
        return Pages.page("console/partner/caseload", model(show, authentication));
    }

    @Get(ConsolePaths.LIVE_SUFFIX)
    ModelAndView<Map<String, Object>> live(
            @QueryValue @Nullable String show, Authentication authentication) {
        return Pages.page("console/partner/caseload-live", model(show, authentication));
    }

    private Object[] model(@Nullable String show, Authentication authentication) {
        List<CaseloadEntry> everyone =
                caseload.of(
                        SignedIn.from(authentication).organisationId(), CaseloadFilter.EVERYONE);
        String current = show == null || filter(show) == null ? "all" : show;
        List<Count> counts =
                List.of(
                        count("all", "Everyone", everyone, current, false),
                        count("new", "New referrals", everyone, current, false),
                        count("today", "Due today", everyone, current, false),
                        count("overdue", "Overdue", everyone, current, true),
                        count("unreachable", "Unreachable", everyone, current, true),
                        count("crisis", "Open crisis alert", everyone, current, true),
                        count("tasks", "Calls and visits waiting", everyone, current, false));
        CaseloadFilter filter = filter(current);
        List<Row> rows =
                everyone.stream()
                        .filter(entry -> matches(current, filter, entry))
                        .map(CaseloadPage::row)
                        .toList();
        String label =
                counts.stream()
                        .filter(Count::current)
                        .map(Count::label)
                        .findFirst()
                        .orElse("Everyone");
        return new Object[] {"counts", counts, "rows", rows, "show", current, "showing", label};
    }

    private static Count count(
            String key, String label, List<CaseloadEntry> everyone, String current, boolean alert) {
        CaseloadFilter filter = filter(key);
        return new Count(
                key,
                label,
                everyone.stream().filter(entry -> matches(key, filter, entry)).count(),
                alert,
                key.equals(current));
    }

    private static boolean matches(
            String key, @Nullable CaseloadFilter filter, CaseloadEntry entry) {
        if (key.equals("new")) {
            return entry.status() == ReferralStatus.SELF_REFERRED
                    || entry.status() == ReferralStatus.WHAT_MATTERS_DONE;
        }
        return filter == null || filter.matches(entry);
    }

    @Nullable
    private static CaseloadFilter filter(String key) {
        return switch (key) {
            case "all", "new" -> CaseloadFilter.EVERYONE;
            case "today" -> new CaseloadFilter(null, CaseloadFilter.Due.TODAY, null, null, null);
            case "overdue" ->
                    new CaseloadFilter(null, CaseloadFilter.Due.OVERDUE, null, null, null);
            case "unreachable" -> new CaseloadFilter(null, null, true, null, null);
            case "crisis" -> new CaseloadFilter(null, null, null, true, null);
            case "tasks" -> new CaseloadFilter(null, null, null, null, true);
            default -> null;
        };
    }

    private static Row row(CaseloadEntry entry) {
        List<String> flags = new java.util.ArrayList<>();
        if (entry.crisis()) {
            flags.add("Crisis alert");
        }
        if (entry.unreachable()) {
            flags.add("Unreachable");
        }
        if (entry.overdue()) {
            flags.add("Overdue");
        } else if (entry.dueToday()) {
            flags.add("Due today");
        }
        if (entry.taskWaiting()) {
            flags.add("Call or visit waiting");
        }
        String next =
                entry.nextContact() == null
                        ? "None planned"
                        : "Contact "
                                + entry.nextContact().number()
                                + ", "
                                + UkTime.brief(entry.nextContact().dueAt());
        return new Row(
                entry.personId(),
                entry.name() == null ? "Person " + entry.personId() : entry.name(),
                Labels.status(entry.status()),
                next,
                flags,
                entry.crisis());
    }
}
