package org.whatmatters.backend.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.whatmatters.backend.support.TwilioWebhooks.sms;

import com.ibm.icu.text.Bidi;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.security.Role;
import org.whatmatters.backend.staff.StaffAccounts;
import org.whatmatters.backend.support.CapturedLogs;
import org.whatmatters.backend.support.WithTwilioStandIn;
import org.whatmatters.translations.catalog.Catalog;
import org.whatmatters.translations.catalog.CatalogEntry;
import org.whatmatters.translations.catalog.Catalogs;

/**
 * The serving rule end to end: what an Urdu speaker receives before and after an interpreter
 * reviews the texts through the API, and when the English changes afterwards. Plus the review API's
 * checks, history, export and import, and what an interpreter can and cannot see.
 */
@MicronautTest(environments = "test", transactional = false)
class TranslationReviewTest extends WithTwilioStandIn {

    private static final String PERSON = "+447700900321";
    private static final String PRIVACY_UR =
            "آپ کے جوابات نجی ہیں: صرف آپ کی مدد کرنے والی ٹیم انہیں دیکھتی ہے۔ مزید: {privacy_url}";
    private static final String CONSENT_UR =
            "کیا آپ جاری رکھنا چاہیں گے؟ اس میں تقریباً 10 منٹ لگتے ہیں۔ YES یا NO لکھیں۔";

    @Inject StaffAccounts staff;
    @Inject CatalogBaseline baseline;

    private BlockingHttpClient http;
    private String interpreter;
    private final AtomicInteger sids = new AtomicInteger();

    @BeforeEach
    void anInterpreterAndFreshCatalogs() {
        database.resetTranslations();
        baseline.onStartup(null);
        http = context.createBean(HttpClient.class, server.getURL()).toBlocking();
        staff.create("amina", "interpreter-password", Role.INTERPRETER, null, "Amina Khan");
        interpreter = login("amina", "interpreter-password");
    }

    @Test
    void draftUrduIsNotSentTheTalkOfferIsMadeOnceAndReviewedUrduIs() {
        send("Hello");
        List<String> afterChoosingUrdu = send("2");

        assertThat(afterChoosingUrdu)
                .containsExactly(
                        "Your answers are private: only the team supporting you sees them, and your care coordinator if you agree. More at https://example.org/whatmatters/privacy",
                        "Would you like to carry on? It takes about 10 minutes, and you can skip or stop at any time. Reply YES or NO.",
                        "Some of our messages are not in your language yet. Reply TALK and someone who speaks your language will call you.");
        assertThat(send("maybe")).as("the offer is made once per conversation").hasSize(1);

        review(
                "ur",
                "welcome.consent.hint",
                "براہ کرم جاری رکھنے کے لیے YES، یا اگر ابھی مناسب وقت نہیں تو NO لکھیں۔");
        assertThat(send("hmm"))
                .containsExactly(
                        "براہ کرم جاری رکھنے کے لیے YES، یا اگر ابھی مناسب وقت نہیں تو NO لکھیں۔");
    }

    @Test
    void anUrduConversationOverTheWebhookAfterAnInterpreterReviewsTheCatalog() {
        for (String script : List.of("welcome", "self-referral", "global")) {
            entries("ur", "script=" + script)
                    .forEach(
                            entry ->
                                    http.exchange(
                                            auth(
                                                    HttpRequest.POST(
                                                            "/translations/ur/"
                                                                    + entry.get("key")
                                                                    + "/review",
                                                            Map.of()))));
        }
        Catalog urdu = Catalogs.shipped("ur");

        send("Hello");
        List<String> afterChoosingUrdu = send("2");
        List<String> afterYes = send("جی ہاں");
        List<String> afterName = send("عائشہ");

        assertThat(afterChoosingUrdu)
                .containsExactly(
                        urdu.entry("welcome.privacy")
                                .orElseThrow()
                                .translation()
                                .replace(
                                        "{privacy_url}",
                                        "\u2066https://example.org/whatmatters/privacy\u2069"),
                        urdu.entry("welcome.consent.ask").orElseThrow().translation());
        assertThat(afterYes)
                .containsExactly(urdu.entry("self-referral.name.ask").orElseThrow().translation());
        assertThat(afterName)
                .containsExactly(urdu.entry("self-referral.adult.ask").orElseThrow().translation());
        assertThat(database.query("SELECT kind FROM person_event WHERE kind = 'LANGUAGE_CHANGED'"))
                .hasSize(1);
    }

    @Test
    void aReviewedUrduWhoseEnglishChangedInTheRunningScriptsButNotInTheCatalogFileIsNotServed() {
        // the catalog file was not extracted again (a build with -DskipTests): it still has
        // yesterday's English,
        // and an Urdu reviewed for it
        Catalog urdu = Catalogs.shipped("ur");
        String yesterdays = "Your answers are private. Read more at {privacy_url}";
        List<CatalogEntry> behind =
                urdu.entries().stream()
                        .map(
                                entry ->
                                        entry.key().equals("welcome.privacy")
                                                ? new CatalogEntry(
                                                        entry.key(),
                                                        yesterdays,
                                                        PRIVACY_UR,
                                                        org.whatmatters.translations.catalog
                                                                .TranslationState.REVIEWED,
                                                        "Bilal",
                                                        java.time.Instant.now().plusSeconds(60),
                                                        yesterdays,
                                                        entry.note(),
                                                        0)
                                                : entry)
                        .toList();

        List<String> logged;
        try (CapturedLogs logs = new CapturedLogs()) {
            baseline.load(new Catalog("ur", urdu.header(), behind));
            logged = logs.lines();
        }

        Map<?, ?> entry = entry("ur", "welcome.privacy");
        assertThat(entry.get("state")).isEqualTo("STALE");
        assertThat(entry.get("source")).as("the running scripts' English").isNotEqualTo(yesterdays);
        assertThat(entry.get("translation")).isEqualTo(PRIVACY_UR);
        assertThat(logged)
                .anyMatch(
                        line ->
                                line.contains("translations ur")
                                        && line.contains("reviewed texts are stale")
                                        && line.contains("welcome.privacy"));
        assertThat(logged)
                .anyMatch(
                        line ->
                                line.contains(
                                                "catalog ur.xlf holds other English than the running scripts")
                                        && line.contains("welcome.privacy"));
        assertThat(String.join("\n", logged)).doesNotContain(PRIVACY_UR).doesNotContain(yesterdays);
        send("Hello");
        assertThat(send("2").get(0))
                .as("stale: the English as the running scripts have it")
                .isEqualTo(
                        "Your answers are private: only the team supporting you sees them, and your care coordinator if you agree. More at https://example.org/whatmatters/privacy");
    }

    @Test
    void aReviewInTheDatabaseForEnglishTheScriptsNoLongerHoldIsNotServedAndGoesStaleOnStart() {
        review("ur", "welcome.privacy", PRIVACY_UR);
        String yesterdays = "Your answers are private. Read more at {privacy_url}";
        // as a review made before the scripts changed would stand in the database
        database.update(
                "UPDATE translation SET source = ?, reviewed_source = ? WHERE language = 'ur' AND text_key = 'welcome.privacy'",
                yesterdays,
                yesterdays);
        context.getBean(ServedTranslations.class).invalidate();

        send("Hello");
        assertThat(send("2").get(0))
                .as("not served even before a restart")
                .isEqualTo(
                        "Your answers are private: only the team supporting you sees them, and your care coordinator if you agree. More at https://example.org/whatmatters/privacy");

        List<String> logged;
        try (CapturedLogs logs = new CapturedLogs()) {
            baseline.onStartup(null);
            logged = logs.lines();
        }
        assertThat(entry("ur", "welcome.privacy").get("state")).isEqualTo("STALE");
        assertThat(logged)
                .anyMatch(
                        line ->
                                line.contains("translations ur: 1 reviewed texts are stale")
                                        && line.contains("[welcome.privacy]"));
    }

    @Test
    void
            everyTextAnInterpreterReviewsIsInTheCatalogsAndTheReviewApiCrisisRepliesWordsAndCrisisPhrasesIncluded() {
        Set<String> running = context.getBean(RunningEnglish.class).sources().keySet();
        Set<String> mustBeThere =
                new java.util.TreeSet<>(
                        List.of(
                                "global.crisis",
                                "crisis.phrases",
                                "global.help",
                                "global.opt-out"));
        java.util.Arrays.stream(org.whatmatters.conversation.words.Lexicon.Kind.values())
                .forEach(kind -> mustBeThere.add(kind.key()));
        running.stream()
                .filter(
                        key ->
                                key.startsWith("global.crisis")
                                        || key.startsWith("global.concern")
                                        || key.startsWith("crisis."))
                .forEach(mustBeThere::add);
        assertThat(running).containsAll(mustBeThere);

        for (String language : Catalogs.TRANSLATED) {
            Set<String> api =
                    entries(language, "").stream()
                            .map(e -> (String) e.get("key"))
                            .collect(java.util.stream.Collectors.toSet());
            Set<String> shipped =
                    Catalogs.shipped(language).entries().stream()
                            .map(CatalogEntry::key)
                            .collect(java.util.stream.Collectors.toSet());
            assertThat(api)
                    .as(
                            language
                                    + ": the review API has every text the running scripts send or match")
                    .containsAll(running);
            assertThat(shipped)
                    .as(
                            language
                                    + ": the catalog file has every crisis reply, word list and crisis phrase list")
                    .containsAll(mustBeThere);
        }
    }

    @Test
    void entriesCarryFlagsAndTheMessageAsSentAndFlaggedOnesCanComeFirst() {
        Map<?, ?> times = entry("pl", "contact-preferences.times.ask");
        String asSent = (String) ((Map<?, ?>) times.get("sms")).get("text");
        assertThat(asSent)
                .as("a question goes out with its choice lines")
                .startsWith(times.get("translation") + "\n1 Rano")
                .contains("\n1 Rano (9:00-12:00)\n")
                .contains("Wczesnym wieczorem (17:00-20:00)");
        assertThat(
                        ((Number)
                                        ((Map<?, ?>)
                                                        entry(
                                                                        "pl",
                                                                        "contact-preferences.times.evenings")
                                                                .get("sms"))
                                                .get("characters"))
                                .intValue())
                .as("an option's figures are its question's")
                .isEqualTo(asSent.codePointCount(0, asSent.length()));

        Map<?, ?> privacy = entry("ur", "welcome.privacy");
        assertThat((String) ((Map<?, ?>) privacy.get("sms")).get("text"))
                .contains("\u2066https://example.org/whatmatters/privacy\u2069");

        // a crisis reply that drops sentences of the English is put in front of the interpreter (as
        // the shipped drafts did)
        Map<?, ?> shortCrisis =
                http.retrieve(
                        auth(
                                HttpRequest.PUT(
                                        "/translations/ur/global.crisis",
                                        Map.of(
                                                "translation",
                                                "آپ اہم ہیں۔ خطرے میں ہوں تو {emergency}، سماریٹنز {samaritans}، فوری مدد {nhs111} پر کال کریں۔"))),
                        Map.class);
        assertThat(flagCodes(shortCrisis)).contains("FEWER_SENTENCES");
        assertThat(flagCodes(entry("ur", "global.crisis"))).contains("FEWER_SENTENCES");
        assertThat(flagCodes(entry("ar", "global.help")))
                .as("fixed: و no longer glued onto STOP")
                .doesNotContain("GLUED_LATIN");
        for (String language : List.of("ur", "pa", "bn", "pl", "ar")) {
            assertThat(entries(language, "flagged=true"))
                    .as(language)
                    .isNotEmpty()
                    .allSatisfy(entry -> assertThat((List<?>) entry.get("flags")).isNotEmpty())
                    .anySatisfy(entry -> assertThat(flagCodes(entry)).contains("SEGMENTS"));
        }
        List<Map> first = entries("pl", "flaggedFirst=true");
        int lastFlagged = -1;
        for (int i = 0; i < first.size(); i++) {
            if (!((List<?>) first.get(i).get("flags")).isEmpty()) {
                assertThat(i).as("flagged entries come first").isEqualTo(lastFlagged + 1);
                lastFlagged = i;
            }
        }
        assertThat(lastFlagged).isGreaterThanOrEqualTo(0);
        assertThat(first).hasSize(entries("pl", "").size());
    }

    @Test
    void anXliffRoundTripWithInlineCodesAndTwoSegmentsLosesNothing() {
        String source = entry("ur", "global.status.contact").get("source").toString();
        assertThat(source)
                .isEqualTo("Your contact is {named_contact}. Reply TALK if you'd like a call.");
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
                        <target>کال کے لیے TALK لکھیں۔</target>
                      </segment>
                    </unit>
                  </file>
                </xliff>
                """;

        Map<?, ?> imported = importXliff(fromTrados, "ur-trados.xlf");
        assertThat(imported.get("rejected"))
                .as("nothing refused (an empty list is left out)")
                .isNull();
        assertThat(imported.get("applied")).isEqualTo(1);
        Map<?, ?> contact = entry("ur", "global.status.contact");
        assertThat(contact.get("translation"))
                .isEqualTo("آپ سے رابطہ رکھنے والے {named_contact} ہیں۔ کال کے لیے TALK لکھیں۔");
        assertThat(contact.get("state")).isEqualTo("TRANSLATED");

        String exported =
                http.retrieve(auth(HttpRequest.GET("/translations/ur/export")), String.class);
        Map<?, ?> again = importXliff(exported, "ur.xlf");
        assertThat(again.get("rejected")).isNull();
        assertThat(again.get("applied")).as("the export holds exactly what came in").isEqualTo(0);
        assertThat(entry("ur", "global.status.contact").get("translation"))
                .isEqualTo(contact.get("translation"));

        Map<?, ?> old =
                importXliff(
                        "<?xml version=\"1.0\"?>\n<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file/></xliff>",
                        "ur-12.xlf");
        assertThat(old.get("rejected"))
                .asList()
                .singleElement()
                .asString()
                .isEqualTo(
                        "ur-12.xlf:2: this is XLIFF 1.2; WhatMatters reads XLIFF 2.0 only: export the file from your tool as XLIFF 2.0");
    }

    @Test
    void reviewedWorkInTheDatabaseSurvivesARestartOnTheOlderFileAndANewerFileReviewComesIn() {
        review("ur", "welcome.hello", "سلام، یہ WhatMatters ہے۔");

        baseline.onStartup(null);

        Map<?, ?> hello =
                entries("ur", "script=welcome").stream()
                        .filter(e -> e.get("key").equals("welcome.hello"))
                        .findFirst()
                        .orElseThrow();
        assertThat(hello.get("state")).isEqualTo("REVIEWED");
        assertThat(hello.get("translation")).isEqualTo("سلام، یہ WhatMatters ہے۔");

        Catalog urdu = Catalogs.shipped("ur");
        List<CatalogEntry> newer =
                urdu.entries().stream()
                        .map(
                                entry ->
                                        entry.key().equals("welcome.hello")
                                                ? new CatalogEntry(
                                                        entry.key(),
                                                        entry.source(),
                                                        "السلام علیکم! یہ WhatMatters ہے۔",
                                                        org.whatmatters.translations.catalog
                                                                .TranslationState.REVIEWED,
                                                        "Bilal (exported and committed)",
                                                        java.time.Instant.now().plusSeconds(60),
                                                        entry.source(),
                                                        entry.note(),
                                                        0)
                                                : entry)
                        .toList();
        baseline.load(new Catalog("ur", urdu.header(), newer));

        hello =
                entries("ur", "script=welcome").stream()
                        .filter(e -> e.get("key").equals("welcome.hello"))
                        .findFirst()
                        .orElseThrow();
        assertThat(hello.get("translation")).isEqualTo("السلام علیکم! یہ WhatMatters ہے۔");
        assertThat(hello.get("reviewer")).isEqualTo("Bilal (exported and committed)");
    }

    @Test
    void aPhoneNumberInsideUrduOrArabicKeepsItsOrder() {
        String arabic =
                CatalogTexts.format(
                        "اتصل بالسامريين على {samaritans} في أي وقت.",
                        "ar",
                        Map.of("samaritans", "116 123"));
        String urdu =
                CatalogTexts.format(
                        "سماریٹنز کو {samaritans} پر کال کریں۔",
                        "ur",
                        Map.of("samaritans", "116 123"));

        for (String text : List.of(arabic, urdu)) {
            assertThat(text).contains("\u2066116 123\u2069");
            assertThat(new Bidi(text, Bidi.RTL).writeReordered(Bidi.REMOVE_BIDI_CONTROLS))
                    .contains("116 123");
        }
        String unisolated = "اتصل بالسامريين على 116 123 في أي وقت.";
        assertThat(new Bidi(unisolated, Bidi.RTL).writeReordered(Bidi.REMOVE_BIDI_CONTROLS))
                .as("without isolation the number is shown reversed: the check above can fail")
                .contains("123 116");
    }

    @Test
    void editsAreCheckedReviewsRecordWhoAndWhenAndEveryChangeIsInTheHistory() {
        assertThat(
                        status(
                                auth(
                                        HttpRequest.PUT(
                                                "/translations/ur/global.status.contact",
                                                Map.of(
                                                        "translation",
                                                        "آپ کا رابطہ {contact} ہے۔")))))
                .isEqualTo(400);
        HttpClientResponseException bidi =
                put("/translations/ur/welcome.hello", Map.of("translation", "سلام \u202E999"));
        assertThat(bidi.getResponse().getBody(String.class).orElse(""))
                .contains("welcome.hello")
                .contains("U+202E");

        review(
                "ur",
                "global.status.contact",
                "آپ کا رابطہ {named_contact} ہے۔ کال کے لیے TALK لکھیں۔");
        Map<?, ?> sent =
                http.retrieve(
                        auth(
                                HttpRequest.POST(
                                        "/translations/ur/global.status.contact/send-back",
                                        Map.of("comment", "too formal"))),
                        Map.class);

        assertThat(sent.get("state")).isEqualTo("DRAFT");
        assertThat(sent.get("previousReviewed"))
                .isEqualTo("آپ کا رابطہ {named_contact} ہے۔ کال کے لیے TALK لکھیں۔");
        List<Map> history =
                http.retrieve(
                        auth(HttpRequest.GET("/translations/ur/global.status.contact/history")),
                        Argument.listOf(Map.class));
        assertThat(history)
                .extracting(h -> h.get("action"))
                .containsExactly("SEEDED", "EDITED", "REVIEWED", "SENT_BACK");
        assertThat(history)
                .extracting(h -> h.get("actor"))
                .containsExactly(CatalogBaseline.SYSTEM, "amina", "amina", "amina");
        assertThat(history.get(3).get("comment")).isEqualTo("too formal");
    }

    @Test
    void progressAndEntriesShowStatesScriptsAndHowTheTextWouldTravelAsSms() {
        review(
                "ur",
                "welcome.hello",
                "السلام علیکم، یہ WhatMatters ہے۔ ہم لوگوں کی ذہنی صحت کے لیے NHS کی تھوڑی سی رقم کی منصوبہ بندی میں مدد کرتے ہیں۔");

        List<Map> languages =
                http.retrieve(auth(HttpRequest.GET("/translations")), Argument.listOf(Map.class));
        Map<?, ?> urdu =
                languages.stream()
                        .filter(l -> l.get("language").equals("ur"))
                        .findFirst()
                        .orElseThrow();
        assertThat(urdu.get("reviewed")).isEqualTo(1);
        assertThat(((Number) urdu.get("total")).intValue()).isGreaterThan(100);

        List<Map> reviewed = entries("ur", "state=REVIEWED");
        assertThat(reviewed)
                .singleElement()
                .satisfies(
                        entry -> {
                            assertThat(entry.get("reviewer")).isEqualTo("amina");
                            assertThat(entry.get("reviewedAt")).isNotNull();
                            assertThat(entry.get("script")).isEqualTo("welcome");
                            Map<?, ?> sms = (Map<?, ?>) entry.get("sms");
                            assertThat(sms.get("encoding")).isEqualTo("UCS_2");
                            assertThat(sms.get("segments")).isEqualTo(2);
                            assertThat(((Number) sms.get("costMultiplier")).doubleValue())
                                    .isEqualTo(2.0);
                        });
        assertThat(entries("ur", "script=follow-up-2"))
                .extracting(e -> e.get("key"))
                .allMatch(key -> key.toString().startsWith("follow-up-2."));
    }

    @Test
    void exportCarriesStatesAndABrokenImportAppliesNothingBadAndNeverOverwritesAReview() {
        review("ur", "welcome.hello", "سلام");
        String exported =
                http.retrieve(auth(HttpRequest.GET("/translations/ur/export")), String.class);
        assertThat(exported)
                .contains("state=\"reviewed\"")
                .contains("wm:reviewer=\"amina\"")
                .contains("<target>سلام</target>");

        String fromTool =
                exported.replace("<target>سلام</target>", "<target>السلام علیکم</target>")
                        .replaceFirst(
                                "(<unit id=\"global.status.contact\">(?s:.*?)<target>)[^<]*(</target>)",
                                "$1{wrong}$2");
        Map<?, ?> result =
                http.retrieve(
                        auth(
                                HttpRequest.POST(
                                                "/translations/ur/import?filename=ur-tool.xlf",
                                                fromTool)
                                        .contentType(MediaType.APPLICATION_XML_TYPE)),
                        Map.class);

        assertThat(result.get("applied")).isEqualTo(1);
        assertThat((List<?>) result.get("rejected"))
                .singleElement()
                .asString()
                .matches(
                        "ur-tool\\.xlf:\\d+: global\\.status\\.contact: placeholders \\[wrong\\] do not match the source's \\[named_contact\\]");
        Map<?, ?> hello =
                entries("ur", "script=welcome").stream()
                        .filter(e -> e.get("key").equals("welcome.hello"))
                        .findFirst()
                        .orElseThrow();
        assertThat(hello.get("translation")).isEqualTo("السلام علیکم");
        assertThat(hello.get("state"))
                .as("an import never leaves a text reviewed by someone else")
                .isEqualTo("TRANSLATED");

        Map<?, ?> broken =
                http.retrieve(
                        auth(
                                HttpRequest.POST(
                                                "/translations/ur/import",
                                                "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" trgLang=\"ur\"><file>")
                                        .contentType(MediaType.APPLICATION_XML_TYPE)),
                        Map.class);
        assertThat(broken.get("applied")).isEqualTo(0);
        assertThat((List<?>) broken.get("rejected"))
                .singleElement()
                .asString()
                .startsWith("ur.xlf:1: not well-formed XML");
    }

    @Test
    void anInterpreterSeesTextsNeverPeople() {
        send("Hello");
        String everything = http.retrieve(auth(HttpRequest.GET("/translations/ur")), String.class);

        assertThat(everything).doesNotContain("7700900321").doesNotContain(PERSON);
        assertThat(status(auth(HttpRequest.GET("/staff/accounts")))).isEqualTo(403);
        assertThat(status(HttpRequest.GET("/translations/ur"))).isEqualTo(401);
    }

    private void review(String language, String key, String translation) {
        http.exchange(
                auth(
                        HttpRequest.PUT(
                                "/translations/" + language + "/" + key,
                                Map.of("translation", translation))));
        http.exchange(
                auth(
                        HttpRequest.POST(
                                "/translations/" + language + "/" + key + "/review", Map.of())));
    }

    private List<Map> entries(String language, String query) {
        return http.retrieve(
                auth(HttpRequest.GET("/translations/" + language + "?" + query)),
                Argument.listOf(Map.class));
    }

    private Map<?, ?> entry(String language, String key) {
        return entries(language, "").stream()
                .filter(e -> e.get("key").equals(key))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> flagCodes(Map<?, ?> entry) {
        return ((List<?>) entry.get("flags"))
                .stream().map(flag -> (String) ((Map<?, ?>) flag).get("code")).toList();
    }

    private Map<?, ?> importXliff(String xliff, String filename) {
        return http.retrieve(
                auth(
                        HttpRequest.POST("/translations/ur/import?filename=" + filename, xliff)
                                .contentType(MediaType.APPLICATION_XML_TYPE)),
                Map.class);
    }

    private HttpClientResponseException put(String path, Map<String, String> body) {
        try {
            http.exchange(auth(HttpRequest.PUT(path, body)));
            throw new AssertionError("expected a refusal");
        } catch (HttpClientResponseException e) {
            return e;
        }
    }

    /**
     * The replies to one text. Counted from the rows the text added, once every earlier reply is
     * out: a reply still being tried (or retried) when the text is sent would otherwise reach the
     * stand-in among this text's replies and shift them (seen once in a full run).
     */
    private List<String> send(String text) {
        awaitEveryReplyOut();
        int before = twilio.received().size();
        long rowsBefore = database.queryForLong("SELECT COUNT(*) FROM outbound_message");
        webhooks.post(
                "/webhooks/twilio/sms",
                sms(String.format("SM%032d", sids.incrementAndGet()), PERSON, text));
        int expected =
                before
                        + (int)
                                (database.queryForLong("SELECT COUNT(*) FROM outbound_message")
                                        - rowsBefore);
        await().atMost(Duration.ofSeconds(10)).until(() -> twilio.received().size() >= expected);
        return twilio.received().subList(before, expected).stream()
                .map(r -> r.param("Body"))
                .toList();
    }

    private void awaitEveryReplyOut() {
        await().atMost(Duration.ofSeconds(10))
                .until(
                        () ->
                                database.queryForLong(
                                                "SELECT COUNT(*) FROM outbound_message"
                                                        + " WHERE status IN ('PENDING', 'RETRY', 'SENDING')")
                                        == 0);
    }

    private String login(String username, String password) {
        Map<?, ?> answer =
                http.retrieve(
                        HttpRequest.POST(
                                "/login", Map.of("username", username, "password", password)),
                        Map.class);
        return (String) answer.get("access_token");
    }

    private <T> MutableHttpRequest<T> auth(MutableHttpRequest<T> request) {
        return request.bearerAuth(interpreter);
    }

    private int status(HttpRequest<?> request) {
        try {
            return http.exchange(request, Argument.of(String.class), Argument.of(String.class))
                    .code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }
}
