package org.whatmatters.backend.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.support.AppApi;
import org.whatmatters.backend.support.WithTheApp;

/**
 * The conversation from the app: the same engine step as SMS, one conversation whichever channel.
 */
@MicronautTest(environments = "test", transactional = false)
class AppConversationTest extends WithTheApp {

    private static final String DEE = "+447700900321";
    private static final String ALI = "+447700900654";

    @Test
    void startByTextContinueInTheAppFinishByTextNothingAskedTwice() {
        says(DEE, "Hello");
        awaitTexts(DEE, 1);
        says(DEE, "1");
        List<String> texts = awaitTexts(DEE, 2);
        says(DEE, "yes");
        texts = awaitTexts(DEE, 3);
        String lastByText = texts.get(texts.size() - 1);

        AppApi app = signedIn(DEE);
        JsonNode where = app.get("/conversation").body();
        assertThat(lastByText)
                .as("the app shows the question the text asked")
                .contains(where.get("prompt").get("text").asText());
        assertThat(where.get("direction").asText()).isEqualTo("ltr");

        List<String> inTheApp = new ArrayList<>();
        for (String answer : List.of("Dee", "yes", "Leeds")) {
            JsonNode answered = app.answer(answer).body();
            answered.get("replies")
                    .forEach(
                            reply -> {
                                assertThat(reply.get("channel").asText()).isEqualTo("APP");
                                inTheApp.add(reply.get("text").asText());
                            });
        }
        assertThat(inTheApp).isNotEmpty();
        int textsBefore = textsTo(DEE).size();
        assertThat(textsBefore)
                .as("nothing the app showed was texted as well")
                .isEqualTo(texts.size() + 1); // + the code

        says(DEE, "1");
        List<String> finish = awaitTexts(DEE, textsBefore + 1);
        says(DEE, "2");
        finish = awaitTexts(DEE, finish.size() + 1);

        Long dee = personId(DEE);
        assertThat(facts.currentFor(dee))
                .containsEntry("preferred_name", "Dee")
                .containsEntry("area", "Leeds")
                .containsEntry("support", "team")
                .containsEntry("has_coordinator", "no");
        assertThat(database.count("person")).isEqualTo(1);
        List<String> questions = new ArrayList<>();
        database.query(
                        "SELECT body FROM outbound_message WHERE person_id = ? AND body NOT LIKE 'Your WhatMatters code%' ORDER BY id",
                        dee)
                .forEach(row -> questions.add(row.get(0).toString()));
        assertThat(questions).as("nothing asked twice").doesNotHaveDuplicates();
        assertThat(
                        database
                                .query(
                                        "SELECT channel FROM inbound_message WHERE person_id = ? ORDER BY id",
                                        dee)
                                .stream()
                                .map(row -> row.get(0))
                                .toList())
                .containsExactly("SMS", "SMS", "SMS", "APP", "APP", "APP", "SMS", "SMS");
        assertThat(
                        database.query(
                                "SELECT DISTINCT channel FROM fact WHERE person_id = ? AND name = 'area'",
                                dee))
                .containsExactly(List.of("app"));

        // the partner's transcript: one conversation, each message with its channel
        referrals.selfReferred(dee);
        JsonNode transcript = partner.get("/partner/people/" + dee + "/transcript");
        List<String> channels = new ArrayList<>();
        transcript.forEach(message -> channels.add(message.get("channel").asText()));
        assertThat(channels).contains("SMS", "APP");
        assertThat(app.get("/messages").body()).hasSize(transcript.size());
    }

    @Test
    void crisisLanguageInTheAppGetsSupportAtOnceAndAnUrgentAlertAsByText() {
        says(DEE, "Hello");
        awaitTexts(DEE, 1);
        AppApi app = signedIn(DEE);
        referrals.selfReferred(personId(DEE)); // with a partner, who is to be told
        int texted = textsTo(DEE).size();

        JsonNode answered = app.answer("honestly i want to kill myself").body();

        String reply = answered.get("replies").get(0).get("text").asText();
        assertThat(reply).contains("999").contains("116 123").contains("call 111");
        assertThat(database.query("SELECT kind, urgency FROM person_event WHERE kind = 'CRISIS'"))
                .containsExactly(List.of("CRISIS", "URGENT"));
        assertThat(database.query("SELECT urgency FROM alert")).contains(List.of("URGENT"));
        // shown in the app (fetched with the answer): not texted as well, even after the crisis
        // fallback time
        timeIs(clock.instant().plusSeconds(6 * 60));
        drainAppWork();
        assertThat(textsTo(DEE)).hasSize(texted);
    }

    @Test
    void theWordsThatWorkAnywhereWorkInTheApp() {
        says(DEE, "Hello");
        awaitTexts(DEE, 1);
        AppApi app = signedIn(DEE);

        assertThat(
                        app.post("/status", Map.of("clientId", "status-0001"))
                                .body()
                                .get("replies")
                                .get(0)
                                .get("text")
                                .asText())
                .contains("We have your messages");
        assertThat(app.post("/talk", Map.of("clientId", "talk-00001")).status()).isEqualTo(200);
        assertThat(app.post("/no-more", Map.of("clientId", "nomore-001")).status()).isEqualTo(200);
        assertThat(database.query("SELECT follow_ups_declined_at FROM person").get(0).get(0))
                .isNotNull();
    }

    @Test
    void anAnswerSentTwiceIsTakenOnce() {
        says(DEE, "Hello");
        awaitTexts(DEE, 1);
        AppApi app = signedIn(DEE);
        long before = database.count("inbound_message");

        AppApi.Answer first = app.answer("answer-id-0001", "1");
        AppApi.Answer again = app.answer("answer-id-0001", "1");

        assertThat(first.body().get("repeated").asBoolean()).isFalse();
        assertThat(again.body().get("repeated").asBoolean()).isTrue();
        assertThat(again.body().get("replies")).isEqualTo(first.body().get("replies"));
        assertThat(database.count("inbound_message")).isEqualTo(before + 1);
        assertThat(app.answer("answer-id-0001x", "1").body().get("repeated").asBoolean()).isFalse();
        assertThat(app.answer("bad id", "1").status()).isEqualTo(400);
    }

    @Test
    void thePromptComesWithItsChoicesLanguageAndDirection() {
        says(DEE, "Hello");
        awaitTexts(DEE, 1);
        AppApi app = signedIn(DEE);
        app.answer("LANGUAGE");

        JsonNode prompt = app.get("/conversation").body().get("prompt");
        assertThat(prompt.get("answer").asText()).isEqualTo("choice");
        assertThat(prompt.get("choices")).hasSize(7);
        assertThat(prompt.get("choices").get(1).get("value").asText()).isEqualTo("ur");
        assertThat(prompt.get("choices").get(1).get("number").asInt()).isEqualTo(2);

        assertThat(app.put("/language", Map.of("language", "ur")).status()).isEqualTo(204);
        JsonNode where = app.get("/conversation").body();
        assertThat(where.get("language").asText()).isEqualTo("ur");
        assertThat(where.get("direction").asText()).isEqualTo("rtl");
        assertThat(app.put("/language", Map.of("language", "xx")).body().get("type").asText())
                .endsWith("/language-unknown");
        assertThat(app.put("/preferences", Map.of("channel", "app", "times", "evenings")).status())
                .isEqualTo(204);
        assertThat(facts.currentFor(personId(DEE)))
                .containsEntry("contact_channel", "app")
                .containsEntry("contact_times", "evenings");
        assertThat(app.put("/preferences", Map.of("channel", "pigeon")).status()).isEqualTo(400);
    }

    @Test
    void aPersonTokenReadsOnlyItsOwnPersonsConversation() {
        says(DEE, "Hello");
        awaitTexts(DEE, 1);
        AppApi dee = signedIn(DEE);
        dee.answer("my private words");
        AppApi ali = signedIn(ALI);

        assertThat(ali.get("/messages").body().toString()).doesNotContain("my private words");
        long deesDevice = dee.get("/devices").body().get(0).get("id").asLong();
        assertThat(ali.delete("/devices/" + deesDevice).status()).isEqualTo(404);
        assertThat(dee.get("/conversation").status()).isEqualTo(200);
    }
}
