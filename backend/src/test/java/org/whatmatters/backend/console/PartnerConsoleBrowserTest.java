package org.whatmatters.backend.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.security.Role;
import org.whatmatters.backend.staff.Organisation;
import org.whatmatters.backend.support.InTheBrowser;

/**
 * The delivery partner's day in a real browser: the person who just texted in, their referral taken
 * to delivery, contact 1 moved (a quiet-hours time refused with the reason and the next allowed
 * time, then an allowed one) and its text reaching Twilio at that time; a crisis text appearing on
 * the caseload without a reload; and another organisation's partner seeing none of it. axe runs on
 * every page; screenshots go to target/screenshots/.
 */
@MicronautTest(environments = "test", transactional = false)
class PartnerConsoleBrowserTest extends InTheBrowser {

    private static final String DEE = "+447700900811";
    private static final String AMIR = "+447700900812";
    private static final LocatorAssertions.ContainsTextOptions SOON =
            new LocatorAssertions.ContainsTextOptions().setTimeout(15_000);

    @Test
    void aPartnerTakesTheReferralToDeliveryAndMovesContactOneOutOfQuietHours() {
        Long dee =
                referred(
                        DEE,
                        Map.of(
                                "preferred_name",
                                "Dee",
                                "one_thing",
                                "Playing football with my brother again",
                                "consent_to_continue",
                                "yes"));
        says(DEE, "Is anyone there?");

        signIn(page, "sam.partner", PARTNER_PASSWORD);
        assertThat(page.locator("#count-new")).containsText("1");
        checkAccessibility(page, "caseload");
        screenshot(page, "caseload");
        atPhoneWidth(page, "caseload");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dee")).click();
        assertThat(page).hasTitle("Dee – WhatMatters staff console");
        assertThat(page.locator("#what-matters + dl"))
                .containsText("Playing football with my brother again");
        assertThat(page.locator("table").last()).containsText("Is anyone there?");
        checkAccessibility(page, "person page, new referral");

        page.getByLabel("Their named contact").fill("Sam at Mind in Example Town");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept referral"))
                .click();
        assertThat(page.locator("h1")).containsText("Accepted");
        page.getByLabel("What was ordered").fill("Football boots");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the order"))
                .click();
        assertThat(page.locator("h1")).containsText("Item ordered");
        page.getByLabel("The person").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record delivery"))
                .click();
        assertThat(page.locator("h1")).containsText("Delivered");
        assertThat(page.locator("#follow-ups + ol")).containsText("Contact 1");
        checkAccessibility(page, "person page, follow-ups planned");
        screenshot(page, "person");
        atPhoneWidth(page, "person");
        int goodNews = awaitTexts(DEE, 3).size();

        page.getByLabel("Move contact 1 to (UK time)").fill("2026-11-26T21:00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move contact 1"))
                .click();
        assertThat(page).hasTitle("Error: Dee – WhatMatters staff console");
        assertThat(page.locator(".nhsuk-error-summary"))
                .containsText(
                        "Thu 26 Nov 2026, 21:00 is within quiet hours (20:00-09:00 UK time); the next allowed time is Fri 27 Nov 2026, 09:00");
        assertThat(page.locator(".nhsuk-error-message"))
                .containsText("the next allowed time is Fri 27 Nov 2026, 09:00");
        checkAccessibility(page, "person page, move refused");
        screenshot(page, "move-refused");
        smallScreenshot(page, "move-refused");

        page.getByLabel("Move contact 1 to (UK time)").fill("2026-11-27T10:30");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move contact 1"))
                .click();
        assertThat(page.locator("#follow-ups + ol"))
                .containsText("Contact 1: Fri 27 Nov 2026, 10:30");
        assertThat(contact(dee, 1).get("dueLocal").asText()).isEqualTo("2026-11-27 10:30");

        timeIs(
                Instant.parse(
                        "2026-11-27T10:30:00Z")); // 10:30 in London (GMT): the scheduler runs what
        // is due
        List<String> texts = awaitTexts(DEE, goodNews + 1);
        assertThat(texts.get(goodNews)).contains("Has the item you chose arrived?");
    }

    @Test
    void aCrisisTextAppearsOnTheCaseloadWithoutAReload() {
        referred(AMIR, Map.of("preferred_name", "Amir"));
        signIn(page, "sam.partner", PARTNER_PASSWORD);
        assertThat(page.locator("#count-crisis")).containsText("0");
        page.evaluate("() => { window.wmNotReloaded = true; }");

        says(AMIR, "I want to end it all");

        assertThat(page.locator("#count-crisis")).containsText("1", SOON);
        assertThat(page.locator("#caseload table")).containsText("Crisis alert");
        assertThat(page.evaluate("() => window.wmNotReloaded === true")).isEqualTo(true);
        checkAccessibility(page, "caseload with a crisis");
        screenshot(page, "caseload-crisis");
        smallScreenshot(page, "caseload-crisis");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Amir")).click();
        Locator alerts = page.locator("#alerts ~ ul").first();
        assertThat(alerts).containsText("CRISIS");
        alerts.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Acknowledge"))
                .first()
                .click();
        assertThat(page.locator("#alerts ~ ul").first())
                .containsText("acknowledged by staff:sam.partner");
        assertThat(
                        database.query("SELECT handled_by FROM person_event WHERE kind = 'CRISIS'")
                                .get(0)
                                .get(0))
                .isEqualTo("staff:sam.partner");
    }

    @Test
    void anotherOrganisationsPartnerCannotSeeThePersonEvenByTheirAddress() {
        Long dee = referred(DEE, Map.of("preferred_name", "Dee"));
        Long other = organisations.save(new Organisation(null, "Another Mind", START, null)).id();
        accounts.create("olu.partner", "other-password-1", Role.PARTNER, other, "Olu");

        signIn(page, "olu.partner", "other-password-1");
        assertThat(page.locator("main")).containsText("Nobody to show.");
        assertThat(page.locator("main")).not().containsText("Dee");

        var direct = page.navigate("/console/partner/people/" + dee);
        assertThat(direct.status()).isEqualTo(404);
        assertThat(page.locator("body")).not().containsText("Dee");
    }
}
