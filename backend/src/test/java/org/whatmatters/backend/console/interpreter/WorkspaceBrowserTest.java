package org.whatmatters.backend.console.interpreter;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.RequestOptions;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.security.Role;
import org.whatmatters.backend.support.InTheBrowser;
import org.whatmatters.backend.translation.Translations;

/**
 * The interpreters' workspace and the phone simulator in a real browser (Debian's Chromium), axe on
 * every page: an Urdu text reviewed from the page is then served right to left in the simulator,
 * beside English fallbacks and the TALK offer; a crisis in the simulator says what would happen and
 * leaves no trace in the tables; an interpreter gets no partner page; an XLIFF round trip through
 * the page loses nothing.
 */
@MicronautTest(environments = "test", transactional = false)
class WorkspaceBrowserTest extends InTheBrowser {

    static final String INTERPRETER_PASSWORD = "interpreter-password-1";
    static final String PRIVACY = "welcome.privacy";
    static final String URDU_WITHOUT_LINK =
            "آپ کے جوابات نجی ہیں: صرف آپ کی مدد کرنے والی ٹیم انہیں دیکھتی ہے۔ مزید: ویب سائٹ";
    static final String URDU =
            "آپ کے جوابات نجی ہیں: صرف آپ کی مدد کرنے والی ٹیم انہیں دیکھتی ہے۔ مزید: {privacy_url}";

    @Inject Translations translations;

    @BeforeEach
    void anInterpreterAndUrduWelcomeTextsInDraft() {
        accounts.create("ivy.interpreter", INTERPRETER_PASSWORD, Role.INTERPRETER, null, "Ivy");
        // the database outlives a test class: whatever another class reviewed, these start
        // unreviewed
        for (String key :
                List.of("welcome.hello", PRIVACY, "welcome.consent.ask", "global.talk-offer")) {
            translations.sendBack("ur", key, "the browser test starts from a draft", "test");
        }
    }

    @Test
    void anInterpreterFixesAPlaceholderReviewsAnUrduTextAndTheSimulatorServesItRightToLeft() {
        signIn(page, "ivy.interpreter", INTERPRETER_PASSWORD);
        assertThat(page).hasTitle("Translations – WhatMatters staff console");
        checkAccessibility(page, "translations");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Urdu").setExact(true))
                .click();
        assertThat(page).hasTitle("Urdu translations – WhatMatters staff console");
        assertThat(page.locator("#progress + table")).containsText("welcome");
        checkAccessibility(page, "Urdu texts");
        page.getByLabel("Script").selectOption("welcome");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
        page.locator("#texts ~ table")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(PRIVACY))
                .click();

        assertThat(page.locator("[data-wm-source]")).containsText("More at {privacy_url}");
        Locator editor = page.getByLabel("Urdu", new Page.GetByLabelOptions().setExact(true));
        assertThat(editor).hasAttribute("lang", "ur");
        assertThat(editor).hasAttribute("dir", "rtl");
        checkAccessibility(page, "review page");

        editor.fill(URDU_WITHOUT_LINK); // typed: htmx asks the server for the figures and flags
        assertThat(page.locator("[data-wm-flag=PLACEHOLDERS]")).containsText("privacy_url");
        assertThat(page.locator("[data-wm-encoding]")).hasText("UCS-2 (70 a text)");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator(".nhsuk-error-summary"))
                .containsText("privacy_url"); // checked again on save
        checkAccessibility(page, "review page refusing a save");

        editor = page.getByLabel("Urdu", new Page.GetByLabelOptions().setExact(true));
        editor.fill(URDU);
        assertThat(page.locator("[data-wm-flag=PLACEHOLDERS]")).hasCount(0);
        assertThat(page.locator("[data-wm-segments]")).not().hasText("0");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator("[data-wm-done]")).containsText("Saved");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark reviewed"))
                .click();
        assertThat(page.locator("[data-wm-done]")).containsText("Marked reviewed");
        assertThat(page.locator("[data-wm-change]").first())
                .containsText("Reviewed by ivy.interpreter");
        assertThat(page.locator("[data-wm-change] ins").first()).isVisible(); // the edit, as a diff
        checkAccessibility(page, "review page, reviewed");
        screenshot(page, "review-urdu");
        atPhoneWidth(page, "review-urdu");

        page.navigate("/console/simulator");
        checkAccessibility(page, "simulator");
        page.getByLabel("Language").selectOption("ur");
        page.getByLabel("Start with").selectOption("welcome");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start")).click();
        Locator texts = page.locator("[data-wm-text]");
        Locator urdu =
                texts.filter(
                        new Locator.FilterOptions().setHas(page.locator("p[lang=ur][dir=rtl]")));
        assertThat(urdu).hasCount(1);
        assertThat(urdu).containsText("آپ کے جوابات نجی ہیں");
        assertThat(urdu).containsText("Reviewed");
        assertThat(texts.first()).containsText("Hello, this is WhatMatters");
        assertThat(texts.first()).containsText("English: not reviewed yet");
        assertThat(texts.first().locator("p[lang=en-GB]")).hasAttribute("dir", "ltr");
        assertThat(texts.last()).containsText("TALK");
        assertThat(loadedFonts()).as("Urdu is set in Nastaliq").contains("Noto Nastaliq Urdu");
        checkAccessibility(page, "simulator in Urdu");
        screenshot(page, "simulator-urdu");
        page.locator("#phone")
                .screenshot(
                        new Locator.ScreenshotOptions()
                                .setPath(SCREENSHOTS.resolve("simulator-phone-urdu.png")));
        atPhoneWidth(page, "simulator");

        page.navigate("/console/simulator/walk?language=ur&script=welcome");
        assertThat(page.locator("[data-wm-shown^=Draft]").first())
                .isVisible(); // an interpreter reads their drafts, marked
        checkAccessibility(page, "walk");
        page.navigate("/console/simulator/walk?language=bn&script=welcome");
        assertThat(page.locator("p[lang=bn]").first()).isVisible();
        assertThat(loadedFonts()).as("Bengali has a font").contains("Noto Sans Bengali");
        page.navigate("/console/simulator/walk?language=pa&script=welcome");
        assertThat(loadedFonts()).as("Gurmukhi has a font").contains("Noto Sans Gurmukhi");
    }

    /** The vendored fonts the page actually loaded (for the scripts it shows). */
    @SuppressWarnings("unchecked")
    private List<String> loadedFonts() {
        return (List<String>)
                page.evaluate(
                        "async () => { await document.fonts.ready; "
                                + "return [...document.fonts].filter(f => f.status === 'loaded').map(f => f.family.replaceAll('\"', '')); }");
    }

    @Test
    void aCrisisInTheSimulatorShowsTheReplyAndTheAlertThatWouldBeRaisedAndLeavesNoTrace() {
        signIn(page, "sam.partner", PARTNER_PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Phone simulator"))
                .click();
        page.getByLabel("Language").selectOption("en");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start")).click();
        page.getByLabel("Reply as the person").fill("I want to kill myself");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();

        assertThat(page.locator("[data-wm-person]").last())
                .hasText("You wrote: I want to kill myself");
        assertThat(page.locator("[data-wm-would]"))
                .containsText("An URGENT alert would go to the duty worker");
        assertThat(page.locator("[data-wm-text]").last()).containsText("999");
        checkAccessibility(page, "simulator after a crisis");
        page.getByLabel("Reply as the person").fill("STOP");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();
        assertThat(page.locator("[data-wm-would]").last()).containsText("opted out");

        for (String table :
                List.of(
                        "alert",
                        "person_event",
                        "person",
                        "conversation",
                        "fact",
                        "outbound_message",
                        "inbound_message")) {
            assertThat(database.count(table)).as(table + " after the simulation").isZero();
        }
        assertThat(twilio.received()).isEmpty();
    }

    @Test
    void anInterpreterCannotOpenAPartnerPageOrSeeAName() {
        Long dee = referred("+447700900111", Map.of("preferred_name", "Deeba"));
        signIn(page, "ivy.interpreter", INTERPRETER_PASSWORD);
        for (String path :
                List.of(
                        "/console/partner",
                        "/console/partner/people/" + dee,
                        "/console/coordinator",
                        "/console/admin/accounts")) {
            Response response = page.navigate(path);
            assertThat(response.status()).as(path).isEqualTo(403);
            assertThat(page.content()).as(path).doesNotContain("Deeba");
        }
        page.navigate("/console/simulator");
        assertThat(page.content()).doesNotContain("Deeba");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Caseload")))
                .hasCount(0);
    }

    @Test
    void anAdminMayOpenAndEditTextsButOnlyAnInterpreterMarksOneReviewed() {
        accounts.create("ada.admin", "admin-password-1", Role.ADMIN, null, "Ada");
        signIn(page, "ada.admin", "admin-password-1");
        page.navigate("/console/translations/ur/texts/welcome.hello");
        assertThat(
                        page.getByRole(
                                AriaRole.BUTTON,
                                new Page.GetByRoleOptions().setName("Mark reviewed")))
                .hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")))
                .isVisible();
        String csrf = page.locator("input[name=_csrf]").first().inputValue();
        APIResponse marked =
                page.request()
                        .post(
                                "/console/translations/ur/texts/welcome.hello/review",
                                RequestOptions.create().setHeader("X-CSRF-Token", csrf));
        assertThat(marked.status()).isEqualTo(403);
        page.navigate("/console/simulator");
        assertThat(page.getByLabel("Preview my drafts (marked; a person would get the English)"))
                .hasCount(0);
    }

    @Test
    void anXliffRoundTripFromThePageWithInlineCodesAndTwoSegmentsLosesNothing() throws IOException {
        signIn(page, "ivy.interpreter", INTERPRETER_PASSWORD);
        page.navigate("/console/translations/ur");
        String fromTrados =
                """
                <?xml version="1.0" encoding="utf-8"?>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en-GB" trgLang="ur-PK">
                  <file id="f1">
                    <unit id="global.status.contact">
                      <originalData><data id="d1">{named_contact}</data></originalData>
                      <segment id="s1" state="translated">
                        <source>Your contact is <ph id="1" dataRef="d1"/>.</source>
                        <target>آپ سے رابطہ رکھنے والے <ph id="1" dataRef="d1"/> ہیں۔</target>
                      </segment>
                      <ignorable><source> </source></ignorable>
                      <segment id="s2" state="final">
                        <source>Reply TALK if you'd like a call.</source>
                        <target>کال کے لیے TALK لکھ دیں۔</target>
                      </segment>
                    </unit>
                    <unit id="welcome.privacy">
                      <segment state="translated">
                        <source>Your answers are private: only the team supporting you sees them, and your care coordinator if you agree. More at {privacy_url}</source>
                        <target>آپ کے جوابات نجی ہیں۔</target>
                      </segment>
                    </unit>
                  </file>
                </xliff>
                """;
        importFile("ur-trados.xlf", fromTrados);
        Locator result = page.locator("[data-wm-imported]");
        assertThat(result).containsText("1 texts imported from ur-trados.xlf");
        assertThat(result.locator("tbody tr")).hasCount(1);
        assertThat(result.locator("tbody tr").first()).containsText(PRIVACY);
        assertThat(result.locator("tbody tr td").nth(1))
                .hasText(String.valueOf(lineOf(fromTrados, "<unit id=\"welcome.privacy\">")));
        checkAccessibility(page, "import result");

        page.navigate("/console/translations/ur/texts/global.status.contact");
        String expected =
                "آپ سے رابطہ رکھنے والے {named_contact} ہیں۔ کال کے لیے TALK لکھ دیں۔"; // not the
        // review
        // API
        // test's
        // text: the
        // database
        // outlives
        // a test
        // class
        assertThat(page.getByLabel("Urdu", new Page.GetByLabelOptions().setExact(true)))
                .hasValue(expected);

        page.navigate("/console/translations/ur");
        Download download = page.waitForDownload(() -> page.getByText("Download ur.xlf").click());
        String exported = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(exported).contains("{named_contact} ہیں۔ کال کے لیے TALK لکھ دیں۔");
        importFile("ur.xlf", exported);
        assertThat(page.locator("[data-wm-imported]")).containsText("0 texts imported from ur.xlf");
        assertThat(page.locator("[data-wm-imported] tbody tr")).hasCount(0);
        page.navigate("/console/translations/ur/texts/global.status.contact");
        assertThat(page.getByLabel("Urdu", new Page.GetByLabelOptions().setExact(true)))
                .hasValue(expected);
    }

    private void importFile(String name, String xliff) {
        page.getByLabel("XLIFF file from your translation tool")
                .setInputFiles(
                        new FilePayload(
                                name, "application/xml", xliff.getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();
    }

    private static int lineOf(String text, String needle) {
        String before = text.substring(0, text.indexOf(needle));
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }
}
