package org.whatmatters.backend.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.security.Role;
import org.whatmatters.backend.support.InTheBrowser;

/**
 * Setting the service up in a real browser: organisations with their follow-up timing and alert
 * contacts; the directories as CSV.
 */
@MicronautTest(environments = "test", transactional = false)
class AdminConsoleBrowserTest extends InTheBrowser {

    @Test
    void anAdminAddsAnOrganisationAndSetsItsTimingAndAlertContacts() {
        accounts.create("ada.admin", "admin-password-1", Role.ADMIN, null, "Ada");
        signIn(page, "ada.admin", "admin-password-1");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Organisations")).click();
        checkAccessibility(page, "organisations");

        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Bradford Mind");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add organisation"))
                .click();
        Page.GetByRoleOptions bradford = new Page.GetByRoleOptions().setName("Bradford Mind");
        assertThat(page.getByRole(AriaRole.HEADING, bradford)).isVisible();

        var section =
                page.locator(
                        "section",
                        new Page.LocatorOptions()
                                .setHas(page.getByRole(AriaRole.HEADING, bradford)));
        section.getByLabel("Contact 1").fill("P14D");
        section.getByLabel("Contact 2").fill("P3D");
        section.getByLabel("Contact 3").fill("P42D");
        section.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save timing"))
                .click();
        assertThat(page.locator(".nhsuk-error-summary"))
                .containsText("contact 2 must come after contact 1");
        checkAccessibility(page, "organisations with an error");

        section =
                page.locator(
                        "section",
                        new Page.LocatorOptions()
                                .setHas(page.getByRole(AriaRole.HEADING, bradford)));
        section.getByLabel("Contact 2").fill("P21D");
        section.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save timing"))
                .click();
        assertThat(page.locator("main")).containsText("Saved: timing saved");
        section =
                page.locator(
                        "section",
                        new Page.LocatorOptions()
                                .setHas(page.getByRole(AriaRole.HEADING, bradford)));
        section.getByLabel("Alert phone").fill("07700 900123");
        section.getByLabel("Lead's name").fill("Jo Lead");
        section.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Save alert contacts"))
                .click();
        assertThat(page.locator("main")).containsText("Saved: alert contacts saved");

        assertThat(
                        database.query(
                                        "SELECT follow_up_offsets FROM organisation WHERE name = 'Bradford Mind'")
                                .get(0)
                                .get(0))
                .isEqualTo("P14D,P21D,P42D");
        assertThat(database.query("SELECT alert_phone, lead_name FROM partner_contacts").get(0))
                .containsExactly("+447700900123", "Jo Lead");
        screenshot(page, "organisations");
    }

    @Test
    void aPartnerImportsCareTeamsSeesTheRefusedRowsAndExportsThem() throws IOException {
        signIn(page, "sam.partner", PARTNER_PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Directories")).click();
        checkAccessibility(page, "directories");

        page.getByLabel("Paste a CSV of care teams")
                .fill(
                        "name,organisation,duty_phone,duty_email,working_days,opens_at,closes_at,default_for_crisis\n"
                                + "Bradford North CMHT,Bradford District Care NHS FT,01274 228300,,MON-FRI,09:00,17:00,no\n"
                                + ",Bradford District Care NHS FT,01274 228300,,MON-FRI,09:00,17:00,no\n");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import care teams"))
                .click();

        assertThat(page.locator("#import-result"))
                .containsText("1 added, 0 updated, 0 unchanged, 1 refused");
        assertThat(page.locator("#import-result")).containsText("line 3, field name");
        checkAccessibility(page, "directories after an import");
        screenshot(page, "directories-import");

        Download download =
                page.waitForDownload(() -> page.getByText("Export care teams as CSV").click());
        assertThat(Files.readString(download.path())).contains("Bradford North CMHT");
    }
}
