package org.whatmatters.backend.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.security.Role;
import org.whatmatters.backend.support.InTheBrowser;

/**
 * The other roles in a real browser: a care coordinator sees only the people who consented to share
 * (a person who did not is nowhere, not even by address), an admin disables an account and its open
 * session stops at once, and an interpreter gets none of the partner's pages.
 */
@MicronautTest(environments = "test", transactional = false)
class RolesConsoleBrowserTest extends InTheBrowser {

    private static final String DEE = "+447700900821";
    private static final String BEN = "+447700900822";

    @Test
    void aCoordinatorSeesThePeopleWhoConsentedAndNothingRoutineAboutAnyoneElse() {
        Long account =
                accounts.create(
                                "priya.shah",
                                "coordinator-pass",
                                Role.COORDINATOR,
                                null,
                                "Priya Shah")
                        .id();
        long team =
                partner.post(
                                "/staff/care-teams",
                                Map.of(
                                        "name",
                                        "Bradford North CMHT",
                                        "organisation",
                                        "Bradford District Care NHS FT",
                                        "dutyPhone",
                                        "01274 228300",
                                        "workingDays",
                                        "MON-FRI",
                                        "opensAt",
                                        "09:00",
                                        "closesAt",
                                        "17:00"))
                        .get("id")
                        .asLong();
        long priya =
                partner.post(
                                "/staff/coordinators",
                                Map.of(
                                        "name",
                                        "Priya Shah",
                                        "teamId",
                                        team,
                                        "phone",
                                        "07700 900123",
                                        "staffAccountId",
                                        account))
                        .get("id")
                        .asLong();
        Long dee =
                referred(DEE, Map.of("preferred_name", "Dee", "consent_share_coordinator", "no"));
        Long ben =
                referred(
                        BEN,
                        Map.of(
                                "preferred_name",
                                "Ben",
                                "one_thing",
                                "Getting back to the allotment",
                                "consent_share_coordinator",
                                "yes"));
        for (Long person : new Long[] {dee, ben}) {
            partner.put(
                    "/partner/people/" + person + "/coordinator", Map.of("coordinatorId", priya));
        }

        signIn(page, "priya.shah", "coordinator-pass");

        assertThat(page).hasTitle("Your people and alerts – WhatMatters staff console");
        assertThat(page.locator("#people + ul")).containsText("Ben");
        assertThat(page.locator("main")).containsText("REFERRED about Ben");
        assertThat(page.locator("main")).not().containsText("Dee");
        checkAccessibility(page, "coordinator home");
        page.locator("#alerts + ul")
                .getByRole(
                        AriaRole.BUTTON,
                        new com.microsoft.playwright.Locator.GetByRoleOptions()
                                .setName("Acknowledge"))
                .first()
                .click();
        assertThat(page.locator("#alerts + ul")).containsText("acknowledged");
        assertThat(database.count("alert WHERE acknowledged_by = 'staff:priya.shah'")).isEqualTo(1);
        screenshot(page, "coordinator");
        atPhoneWidth(page, "coordinator");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ben")).click();
        assertThat(page.locator("main")).containsText("Getting back to the allotment");
        checkAccessibility(page, "coordinator person");

        assertThat(page.navigate("/console/coordinator/people/" + dee).status()).isEqualTo(404);
        assertThat(page.locator("body")).not().containsText("Dee");
        assertThat(page.navigate("/console/partner/people/" + ben).status())
                .as("the partner's pages")
                .isEqualTo(403);
    }

    @Test
    void anAdminDisablesAnAccountAndItsOpenSessionStopsAtOnce() {
        accounts.create("ada.admin", "admin-password-1", Role.ADMIN, null, "Ada");
        Page sam = anotherBrowser();
        signIn(sam, "sam.partner", PARTNER_PASSWORD);
        assertThat(sam).hasTitle("Caseload – WhatMatters staff console");

        signIn(page, "ada.admin", "admin-password-1");
        assertThat(page).hasTitle("Staff accounts – WhatMatters staff console");
        checkAccessibility(page, "staff accounts");
        screenshot(page, "accounts");
        atPhoneWidth(page, "accounts");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Disable sam.partner"))
                .click();
        assertThat(page.locator("main")).containsText("Saved: disabled");

        sam.reload();
        assertThat(sam).hasTitle("Sign in – WhatMatters staff console");
        assertThat(
                        database.count(
                                "console_session WHERE staff_account_id = (SELECT id FROM staff_account WHERE username = 'sam.partner')"))
                .isZero();
    }

    @Test
    void anAdminsRefusedFormSaysWhyBesideTheField() {
        accounts.create("ada.admin", "admin-password-1", Role.ADMIN, null, "Ada");
        signIn(page, "ada.admin", "admin-password-1");

        page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true))
                .fill("new.partner");
        page.getByLabel("Password (at least 12 characters)").last().fill("short");
        page.getByLabel("Role", new Page.GetByLabelOptions().setExact(true))
                .last()
                .selectOption("PARTNER");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                .click();

        assertThat(page).hasTitle("Error: Staff accounts – WhatMatters staff console");
        assertThat(page.locator(".nhsuk-error-summary"))
                .containsText("must be at least 12 characters");
        checkAccessibility(page, "staff accounts with an error");
    }

    @Test
    void anInterpreterGetsNoneOfThePartnersPages() {
        Long dee = referred(DEE, Map.of("preferred_name", "Dee"));
        accounts.create("ivy.interpreter", "interpreter-pass", Role.INTERPRETER, null, "Ivy");
        signIn(page, "ivy.interpreter", "interpreter-pass");

        for (String path :
                new String[] {
                    "/console/partner",
                    "/console/partner/people/" + dee,
                    "/console/coordinator",
                    "/console/admin/accounts"
                }) {
            assertThat(page.navigate(path).status()).as(path).isEqualTo(403);
            assertThat(page.locator("body")).not().containsText("Dee");
        }
    }
}
