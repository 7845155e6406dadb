package org.whatmatters.backend.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.support.InTheBrowser;

/**
 * The rest of the follow-up timeline in a real browser, each button doing what the API's endpoint
 * does: skip, pause and resume, an extra phone call whose outcome is recorded, signposting now, and
 * stop all (which needs a reason).
 */
@MicronautTest(environments = "test", transactional = false)
class ScheduleConsoleBrowserTest extends InTheBrowser {

    private static final String DEE = "+447700900831";

    private Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    @Test
    void aPartnerSkipsPausesAddsACallRecordsItsOutcomeAndStopsEverything() {
        Long dee = referred(DEE, Map.of("preferred_name", "Dee"));
        delivered(dee);
        signIn(page, "sam.partner", PARTNER_PASSWORD);
        page.navigate("/console/partner/people/" + dee);

        page.getByRole(AriaRole.BUTTON, named("Skip contact 2")).click();
        assertThat(page.locator("main")).containsText("Saved: skipped");
        assertThat(statusOf(dee, 2)).isEqualTo("SKIPPED");

        page.getByRole(AriaRole.BUTTON, named("Pause follow-ups")).click();
        assertThat(page.getByRole(AriaRole.BUTTON, named("Resume follow-ups"))).isVisible();
        assertThat(statusOf(dee, 1)).isEqualTo("PAUSED");
        page.getByRole(AriaRole.BUTTON, named("Resume follow-ups")).click();
        assertThat(statusOf(dee, 1)).isEqualTo("SCHEDULED");

        page.getByText("Add an extra contact").click();
        page.getByLabel("When (UK time; empty for the next allowed time)").fill("2026-11-24T11:00");
        page.getByLabel("Channel", new Page.GetByLabelOptions().setExact(true))
                .selectOption("PHONE");
        page.getByRole(AriaRole.BUTTON, named("Add contact")).click();
        assertThat(page.locator("main")).containsText("Saved: added");
        assertThat(page.locator("#follow-ups + ol"))
                .containsText("Contact 4: Tue 24 Nov 2026, 11:00");
        assertThat(statusOf(dee, 4)).isEqualTo("SCHEDULED");

        timeIs(
                Instant.parse(
                        "2026-11-24T11:00:00Z")); // the call falls due: it becomes a task in the
        // caseload
        awaitStatus(dee, 4, "TASK");
        signIn(
                page,
                "sam.partner",
                PARTNER_PASSWORD); // a day later the idle session has long signed out
        page.navigate("/console/partner?show=tasks");
        assertThat(page.locator("#count-tasks")).containsText("1");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dee")).click();

        page.getByLabel("What happened").selectOption("FEEDBACK_GIVEN");
        page.getByLabel("How is it going, in their words (feedback)")
                .fill("The boots are great, I go every Saturday");
        page.getByRole(AriaRole.BUTTON, named("Record outcome")).click();
        assertThat(page.locator("main")).containsText("Saved: outcome recorded");
        assertThat(contact(dee, 4).get("outcome").asText()).isEqualTo("FEEDBACK_GIVEN");
        checkAccessibility(page, "person page, after an outcome");

        page.getByRole(AriaRole.BUTTON, named("Offer signposting now")).click();
        assertThat(page.locator("main")).containsText("Saved: signposting");

        page.getByText("Stop all follow-ups").first().click();
        page.getByRole(AriaRole.BUTTON, named("Stop all follow-ups")).click();
        assertThat(page.locator(".nhsuk-error-summary")).containsText("say why");
        page.getByText("Stop all follow-ups").first().click();
        page.getByLabel("Why (for example \"declined further contact on the phone\")")
                .fill("declined further contact on the phone");
        page.getByRole(AriaRole.BUTTON, named("Stop all follow-ups")).click();
        assertThat(page.locator("main")).containsText("Saved: stopped");
        assertThat(statusOf(dee, 1)).isEqualTo("CANCELLED");
        assertThat(database.count("person_event WHERE kind = 'FOLLOW_UPS_DECLINED'")).isEqualTo(1);
    }
}
