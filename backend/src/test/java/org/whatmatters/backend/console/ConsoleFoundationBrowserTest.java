package org.whatmatters.backend.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.support.InTheBrowser;

/**
 * The console's frame in a real browser: sign-in, the layout (skip link, title, menu), sign-out,
 * accessibility.
 */
@MicronautTest(environments = "test", transactional = false)
class ConsoleFoundationBrowserTest extends InTheBrowser {

    @Test
    void aPartnerSignsInWithTheKeyboardSeesTheirMenuAndSignsOut() {
        page.navigate("/console/partner");
        assertThat(page).hasTitle("Sign in – WhatMatters staff console");
        checkAccessibility(page, "sign-in");
        atPhoneWidth(page, "sign-in");

        page.getByRole(
                        AriaRole.BUTTON,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page.locator(".nhsuk-error-summary")).containsText("Enter your username");
        assertThat(page).hasTitle("Error: Sign in – WhatMatters staff console");
        checkAccessibility(page, "sign-in with errors");

        page.keyboard()
                .press("Tab"); // from the focused error summary, through the page as a keyboard
        // user would
        page.getByLabel("Username").fill("sam.partner");
        page.getByLabel("Password").fill(PARTNER_PASSWORD);
        page.getByLabel("Password").press("Enter");

        page.waitForURL("**/console/partner");
        assertThat(page).hasTitle("Caseload – WhatMatters staff console");
        assertThat(
                        page.getByRole(
                                AriaRole.LINK,
                                new com.microsoft.playwright.Page.GetByRoleOptions()
                                        .setName("Caseload")))
                .hasAttribute("aria-current", "page");
        page.keyboard().press("Tab");
        assertThat(page.locator(":focus")).hasText("Skip to main content");
        checkAccessibility(page, "caseload");

        page.getByRole(
                        AriaRole.BUTTON,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Sign out"))
                .click();
        page.waitForURL("**/console/sign-in?signedOut=1");
        assertThat(page.locator("main")).containsText("You have signed out");
        page.navigate("/console/partner");
        assertThat(page).hasTitle("Sign in – WhatMatters staff console");
    }
}
