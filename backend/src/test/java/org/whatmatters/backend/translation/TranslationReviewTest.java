package org.whatmatters.backend.translation;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.staff.Role;
import org.whatmatters.backend.staff.StaffAccounts;
import org.whatmatters.backend.support.WithTwilioStandIn;
import org.whatmatters.translations.catalog.Catalog;
import org.whatmatters.translations.catalog.CatalogEntry;
import org.whatmatters.translations.catalog.Catalogs;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.whatmatters.backend.support.TwilioWebhooks.sms;

/**
 * The serving rule end to end: what an Urdu speaker receives before and after an interpreter reviews the
 * texts through the API, and when the English changes afterwards. Plus the review API's checks, history,
 * export and import, and what an interpreter can and cannot see.
 */
@MicronautTest(environments = "test", transactional = false)
class TranslationReviewTest extends WithTwilioStandIn {

    private static final String PERSON = "+447700900321";
    private static final String PRIVACY_UR = "آپ کے جوابات نجی ہیں: صرف آپ کی مدد کرنے والی ٹیم انہیں دیکھتی ہے۔ مزید: {privacy_url}";
    private static final String CONSENT_UR = "کیا آپ جاری رکھنا چاہیں گے؟ اس میں تقریباً 10 منٹ لگتے ہیں۔ YES یا NO لکھیں۔";

    @Inject
    StaffAccounts staff;
    @Inject
    CatalogBaseline baseline;

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

        assertThat(afterChoosingUrdu).containsExactly(
                "Your answers are private: only the team supporting you sees them, and your care coordinator if you agree. More at https://example.org/whatmatters/privacy",
                "Would you like to carry on? It takes about 10 minutes, and you can skip or stop at any time. Reply YES or NO.",
                "Some of our messages are not in your language yet. Reply TALK and someone who speaks your language will call you.");
        assertThat(send("maybe")).as("the offer is made once per conversation").hasSize(1);

        review("ur", "welcome.consent.hint", "براہ کرم جاری رکھنے کے لیے YES، یا اگر ابھی مناسب وقت نہیں تو NO لکھیں۔");
        assertThat(send("hmm")).containsExactly("براہ کرم جاری رکھنے کے لیے YES، یا اگر ابھی مناسب وقت نہیں تو NO لکھیں۔");
    }

    @Test
    void anUrduConversationOverTheWebhookAfterAnInterpreterReviewsTheCatalog() {
        for (String script : List.of("welcome", "self-referral", "global")) {
            entries("ur", "script=" + script).forEach(entry ->
                    http.exchange(auth(HttpRequest.POST("/translations/ur/" + entry.get("key") + "/review", Map.of()))));
        }
        Catalog urdu = Catalogs.shipped("ur");

        send("Hello");
        List<String> afterChoosingUrdu = send("2");
        List<String> afterYes = send("جی ہاں");
        List<String> afterName = send("عائشہ");

        assertThat(afterChoosingUrdu).containsExactly(
                urdu.entry("welcome.privacy").orElseThrow().translation().replace("{privacy_url}", "\u2066https://example.org/whatmatters/privacy\u2069"),
                urdu.entry("welcome.consent.ask").orElseThrow().translation());
        assertThat(afterYes).containsExactly(urdu.entry("self-referral.name.ask").orElseThrow().translation());
        assertThat(afterName).containsExactly(urdu.entry("self-referral.adult.ask").orElseThrow().translation());
        assertThat(database.query("SELECT kind FROM person_event WHERE kind = 'LANGUAGE_CHANGED'")).hasSize(1);
    }

    @Test
    void aChangedEnglishSourceMakesTheReviewedUrduStaleAndEnglishIsSentAgain() {
        review("ur", "welcome.privacy", PRIVACY_UR);
        Catalog urdu = Catalogs.shipped("ur");
        List<CatalogEntry> changed = urdu.entries().stream().map(entry -> entry.key().equals("welcome.privacy")
                ? entry.withSource("Your answers are private. Read more at {privacy_url}", entry.note()) : entry).toList();

        baseline.load(new Catalog("ur", urdu.header(), changed));

        Map<?, ?> entry = entries("ur", "script=welcome").stream().filter(e -> e.get("key").equals("welcome.privacy")).findFirst().orElseThrow();
        assertThat(entry.get("state")).isEqualTo("STALE");
        assertThat(entry.get("translation")).isEqualTo(PRIVACY_UR);
        send("Hello");
        assertThat(send("2").get(0)).as("stale: the English as the scripts have it now")
                .isEqualTo("Your answers are private: only the team supporting you sees them, and your care coordinator if you agree. More at https://example.org/whatmatters/privacy");
    }

    @Test
    void reviewedWorkInTheDatabaseSurvivesARestartOnTheOlderFileAndANewerFileReviewComesIn() {
        review("ur", "welcome.hello", "سلام، یہ WhatMatters ہے۔");

        baseline.onStartup(null);

        Map<?, ?> hello = entries("ur", "script=welcome").stream().filter(e -> e.get("key").equals("welcome.hello")).findFirst().orElseThrow();
        assertThat(hello.get("state")).isEqualTo("REVIEWED");
        assertThat(hello.get("translation")).isEqualTo("سلام، یہ WhatMatters ہے۔");

        Catalog urdu = Catalogs.shipped("ur");
        List<CatalogEntry> newer = urdu.entries().stream().map(entry -> entry.key().equals("welcome.hello")
                ? new CatalogEntry(entry.key(), entry.source(), "السلام علیکم! یہ WhatMatters ہے۔", org.whatmatters.translations.catalog.TranslationState.REVIEWED,
                "Bilal (exported and committed)", java.time.Instant.now().plusSeconds(60), entry.source(), entry.note(), 0) : entry).toList();
        baseline.load(new Catalog("ur", urdu.header(), newer));

        hello = entries("ur", "script=welcome").stream().filter(e -> e.get("key").equals("welcome.hello")).findFirst().orElseThrow();
        assertThat(hello.get("translation")).isEqualTo("السلام علیکم! یہ WhatMatters ہے۔");
        assertThat(hello.get("reviewer")).isEqualTo("Bilal (exported and committed)");
    }

    @Test
    void aPhoneNumberInsideUrduOrArabicKeepsItsOrder() {
        String arabic = CatalogTexts.format("اتصل بالسامريين على {samaritans} في أي وقت.", "ar", Map.of("samaritans", "116 123"));
        String urdu = CatalogTexts.format("سماریٹنز کو {samaritans} پر کال کریں۔", "ur", Map.of("samaritans", "116 123"));

        for (String text : List.of(arabic, urdu)) {
            assertThat(text).contains("\u2066116 123\u2069");
            assertThat(new Bidi(text, Bidi.RTL).writeReordered(Bidi.REMOVE_BIDI_CONTROLS)).contains("116 123");
        }
        String unisolated = "اتصل بالسامريين على 116 123 في أي وقت.";
        assertThat(new Bidi(unisolated, Bidi.RTL).writeReordered(Bidi.REMOVE_BIDI_CONTROLS))
                .as("without isolation the number is shown reversed: the check above can fail").contains("123 116");
    }

    @Test
    void editsAreCheckedReviewsRecordWhoAndWhenAndEveryChangeIsInTheHistory() {
        assertThat(status(auth(HttpRequest.PUT("/translations/ur/global.status.contact", Map.of("translation", "آپ کا رابطہ {contact} ہے۔")))))
                .isEqualTo(400);
        HttpClientResponseException bidi = put("/translations/ur/welcome.hello", Map.of("translation", "سلام \u202E999"));
        assertThat(bidi.getResponse().getBody(String.class).orElse("")).contains("welcome.hello").contains("U+202E");

        review("ur", "global.status.contact", "آپ کا رابطہ {named_contact} ہے۔ کال کے لیے TALK لکھیں۔");
        Map<?, ?> sent = http.retrieve(auth(HttpRequest.POST("/translations/ur/global.status.contact/send-back", Map.of("comment", "too formal"))), Map.class);

        assertThat(sent.get("state")).isEqualTo("DRAFT");
        assertThat(sent.get("previousReviewed")).isEqualTo("آپ کا رابطہ {named_contact} ہے۔ کال کے لیے TALK لکھیں۔");
        List<Map> history = http.retrieve(auth(HttpRequest.GET("/translations/ur/global.status.contact/history")), Argument.listOf(Map.class));
        assertThat(history).extracting(h -> h.get("action")).containsExactly("SEEDED", "EDITED", "REVIEWED", "SENT_BACK");
        assertThat(history).extracting(h -> h.get("actor")).containsExactly(CatalogBaseline.SYSTEM, "amina", "amina", "amina");
        assertThat(history.get(3).get("comment")).isEqualTo("too formal");
    }

    @Test
    void progressAndEntriesShowStatesScriptsAndHowTheTextWouldTravelAsSms() {
        review("ur", "welcome.hello", "السلام علیکم، یہ WhatMatters ہے۔ ہم لوگوں کی ذہنی صحت کے لیے NHS کی تھوڑی سی رقم کی منصوبہ بندی میں مدد کرتے ہیں۔");

        List<Map> languages = http.retrieve(auth(HttpRequest.GET("/translations")), Argument.listOf(Map.class));
        Map<?, ?> urdu = languages.stream().filter(l -> l.get("language").equals("ur")).findFirst().orElseThrow();
        assertThat(urdu.get("reviewed")).isEqualTo(1);
        assertThat(((Number) urdu.get("total")).intValue()).isGreaterThan(100);

        List<Map> reviewed = entries("ur", "state=REVIEWED");
        assertThat(reviewed).singleElement().satisfies(entry -> {
            assertThat(entry.get("reviewer")).isEqualTo("amina");
            assertThat(entry.get("reviewedAt")).isNotNull();
            assertThat(entry.get("script")).isEqualTo("welcome");
            Map<?, ?> sms = (Map<?, ?>) entry.get("sms");
            assertThat(sms.get("encoding")).isEqualTo("UCS_2");
            assertThat(sms.get("segments")).isEqualTo(2);
            assertThat(((Number) sms.get("costMultiplier")).doubleValue()).isEqualTo(2.0);
        });
        assertThat(entries("ur", "script=follow-up-2")).extracting(e -> e.get("key")).allMatch(key -> key.toString().startsWith("follow-up-2."));
    }

    @Test
    void exportCarriesStatesAndABrokenImportAppliesNothingBadAndNeverOverwritesAReview() {
        review("ur", "welcome.hello", "سلام");
        String exported = http.retrieve(auth(HttpRequest.GET("/translations/ur/export")), String.class);
        assertThat(exported).contains("state=\"reviewed\"").contains("wm:reviewer=\"amina\"").contains("<target>سلام</target>");

        String fromTool = exported.replace("<target>سلام</target>", "<target>السلام علیکم</target>")
                .replaceFirst("(<unit id=\"global.status.contact\">(?s:.*?)<target>)[^<]*(</target>)", "$1{wrong}$2");
        Map<?, ?> result = http.retrieve(auth(HttpRequest.POST("/translations/ur/import?filename=ur-tool.xlf", fromTool)
                .contentType(MediaType.APPLICATION_XML_TYPE)), Map.class);

        assertThat(result.get("applied")).isEqualTo(1);
        assertThat((List<?>) result.get("rejected")).singleElement().asString()
                .matches("ur-tool\\.xlf:\\d+: global\\.status\\.contact: placeholders \\[wrong\\] do not match the source's \\[named_contact\\]");
        Map<?, ?> hello = entries("ur", "script=welcome").stream().filter(e -> e.get("key").equals("welcome.hello")).findFirst().orElseThrow();
        assertThat(hello.get("translation")).isEqualTo("السلام علیکم");
        assertThat(hello.get("state")).as("an import never leaves a text reviewed by someone else").isEqualTo("TRANSLATED");

        Map<?, ?> broken = http.retrieve(auth(HttpRequest.POST("/translations/ur/import", "<xliff trgLang=\"ur\"><file>")
                .contentType(MediaType.APPLICATION_XML_TYPE)), Map.class);
        assertThat(broken.get("applied")).isEqualTo(0);
        assertThat((List<?>) broken.get("rejected")).singleElement().asString().startsWith("ur.xlf:1: not well-formed XML");
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
        http.exchange(auth(HttpRequest.PUT("/translations/" + language + "/" + key, Map.of("translation", translation))));
        http.exchange(auth(HttpRequest.POST("/translations/" + language + "/" + key + "/review", Map.of())));
    }

    private List<Map> entries(String language, String query) {
        return http.retrieve(auth(HttpRequest.GET("/translations/" + language + "?" + query)), Argument.listOf(Map.class));
    }

    private HttpClientResponseException put(String path, Map<String, String> body) {
        try {
            http.exchange(auth(HttpRequest.PUT(path, body)));
            throw new AssertionError("expected a refusal");
        } catch (HttpClientResponseException e) {
            return e;
        }
    }

    private List<String> send(String text) {
        int before = twilio.received().size();
        webhooks.post("/webhooks/twilio/sms", sms(String.format("SM%032d", sids.incrementAndGet()), PERSON, text));
        long expected = database.queryForLong("SELECT COUNT(*) FROM outbound_message");
        await().atMost(Duration.ofSeconds(10)).until(() -> twilio.received().size() >= expected);
        return twilio.received().subList(before, (int) expected).stream().map(r -> r.param("Body")).toList();
    }

    private String login(String username, String password) {
        Map<?, ?> answer = http.retrieve(HttpRequest.POST("/login", Map.of("username", username, "password", password)), Map.class);
        return (String) answer.get("access_token");
    }

    private <T> MutableHttpRequest<T> auth(MutableHttpRequest<T> request) {
        return request.bearerAuth(interpreter);
    }

    private int status(HttpRequest<?> request) {
        try {
            return http.exchange(request, Argument.of(String.class), Argument.of(String.class)).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }
}
