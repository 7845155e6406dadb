package org.whatmatters.backend.report;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.security.Role;
import org.whatmatters.backend.support.InTheBrowser;

/**
 * The report page in a real browser: a partner's funnel as hatched bars labelled with their numbers
 * and the same numbers in a table; an admin's view of the same people suppressed; axe on both, and
 * nothing scrolling sideways on a small phone.
 */
@MicronautTest(environments = "test", transactional = false)
class ReportPageBrowserTest extends InTheBrowser {

    @Test
    void theFunnelReadsWithoutColourWithItsNumbersInATableAndIsSuppressedForAnAdmin() {
        for (int i = 0; i < 6; i++) {
            Long person =
                    referred("+4477009008" + (20 + i), Map.of("preferred_name", "Person " + i));
            if (i < 2) {
                delivered(person);
            }
        }
        accounts.create("ada.admin", PARTNER_PASSWORD, Role.ADMIN, null, null);

        signIn(page, "sam.partner", PARTNER_PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reports")).click();
        assertThat(page).hasTitle("Journey funnel – WhatMatters staff console");
        page.getByLabel("From (UK date)").fill("2026-11-01");
        page.getByLabel("To (UK date)").fill("2026-11-30");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show report")).click();

        Locator stages = page.locator("table").first();
        assertThat(stages.locator("caption")).hasText("People at each stage (numbers)");
        assertThat(
                        stages.locator(
                                "tr",
                                new Locator.LocatorOptions().setHasText("self-referral done")))
                .containsText("6");
        assertThat(stages.locator("tr", new Locator.LocatorOptions().setHasText("delivered")))
                .containsText("2");
        Locator chart = page.locator("svg.wm-chart").first();
        assertThat(chart).hasAttribute("role", "img");
        assertThat(chart.locator("title")).containsText("The same numbers are in the table below");
        assertThat(chart.locator("rect[fill^='url(#hatch']")).hasCount(10);
        assertThat(chart).containsText("self-referral done");
        assertThat(chart.locator("text", new Locator.LocatorOptions().setHasText("6")))
                .not()
                .hasCount(0);
        checkAccessibility(page, "report page, partner");
        screenshot(page, "report-funnel");
        atPhoneWidth(page, "report-funnel");

        Page admin = anotherBrowser();
        signIn(admin, "ada.admin", PARTNER_PASSWORD);
        admin.navigate("/console/reports?report=funnel&from=2026-11-01&to=2026-11-30");
        Locator adminStages = admin.locator("table").first();
        assertThat(
                        adminStages.locator(
                                "tr",
                                new Locator.LocatorOptions().setHasText("self-referral done")))
                .containsText("6");
        assertThat(adminStages.locator("tr", new Locator.LocatorOptions().setHasText("delivered")))
                .containsText("fewer than 5");
        checkAccessibility(admin, "report page, admin");

        admin.navigate("/console/reports?report=funnel&from=2026-11-30&to=2026-11-01");
        assertThat(admin).hasTitle("Error: Journey funnel – WhatMatters staff console");
        assertThat(admin.locator(".nhsuk-error-summary"))
                .containsText("'to' must not be before 'from'");
        checkAccessibility(admin, "report page, refused period");
    }
}
