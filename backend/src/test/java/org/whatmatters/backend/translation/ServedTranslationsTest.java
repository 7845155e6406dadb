package org.whatmatters.backend.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.support.CapturedLogs;
import org.whatmatters.translations.catalog.TranslationState;

/** The serving rule on its own, with the repository (ours) mocked. */
class ServedTranslationsTest {

    private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");
    private final TranslationRepository repository = mock(TranslationRepository.class);

    @Test
    void onlyReviewedForTheCurrentEnglishIsServed() {
        when(repository.findByLanguageOrderByPosition("pl"))
                .thenReturn(
                        List.of(
                                row(
                                        "a.reviewed",
                                        "Hi",
                                        "Cześć",
                                        TranslationState.REVIEWED,
                                        "Ola",
                                        "Hi"),
                                row("a.draft", "Hi", "Cześć", TranslationState.DRAFT, null, null),
                                row(
                                        "a.translated",
                                        "Hi",
                                        "Cześć",
                                        TranslationState.TRANSLATED,
                                        null,
                                        null),
                                row(
                                        "a.stale",
                                        "Hello",
                                        "Cześć",
                                        TranslationState.STALE,
                                        "Ola",
                                        "Hi"),
                                row(
                                        "a.other-source",
                                        "Hello",
                                        "Cześć",
                                        TranslationState.REVIEWED,
                                        "Ola",
                                        "Hi")));

        ServedTranslations served =
                new ServedTranslations(
                        repository, new TranslationSettings("false"), new RunningEnglish());

        assertThat(served.servable("pl", "a.reviewed", "Hi")).contains("Cześć");
        assertThat(List.of("a.draft", "a.translated", "a.stale", "a.other-source"))
                .allSatisfy(key -> assertThat(served.servable("pl", key, "Hi")).as(key).isEmpty());
        assertThat(served.servable("pl", "a.reviewed", "Hi there"))
                .as("reviewed for other English than the text being sent")
                .isEmpty();
    }

    @Test
    void aReviewForOtherEnglishThanTheRunningScriptsHoldIsNeverServed() {
        RunningEnglish running = new RunningEnglish();
        String english = running.english("welcome.hello").orElseThrow();
        String yesterdays = "Hello, this is WhatMatters (yesterday's English).";
        when(repository.findByLanguageOrderByPosition("ur"))
                .thenReturn(
                        List.of(
                                new Translation(
                                        1L,
                                        "ur",
                                        "welcome.hello",
                                        yesterdays,
                                        "سلام",
                                        TranslationState.REVIEWED,
                                        "Amina",
                                        AT,
                                        yesterdays,
                                        null,
                                        null,
                                        0,
                                        AT),
                                new Translation(
                                        2L,
                                        "ur",
                                        "global.help",
                                        english,
                                        "مدد",
                                        TranslationState.REVIEWED,
                                        "Amina",
                                        AT,
                                        english,
                                        null,
                                        null,
                                        1,
                                        AT)));

        ServedTranslations served =
                new ServedTranslations(repository, new TranslationSettings("false"), running);

        assertThat(served.servable("ur", "welcome.hello"))
                .as("reviewed and consistent in its row, but not for the running English")
                .isEmpty();
        assertThat(served.servable("ur", "global.help"))
                .as("the English of another text is not this text's")
                .isEmpty();
    }

    @Test
    void serveUnreviewedServesDraftsAndSaysSoLoudly() {
        when(repository.findByLanguageOrderByPosition("pl"))
                .thenReturn(
                        List.of(row("a.draft", "Hi", "Cześć", TranslationState.DRAFT, null, null)));
        ServedTranslations served;
        try (CapturedLogs logs = new CapturedLogs()) {
            served =
                    new ServedTranslations(
                            repository, new TranslationSettings("true"), new RunningEnglish());
            assertThat(logs.lines())
                    .anyMatch(
                            line ->
                                    line.contains("SERVE-UNREVIEWED IS ON")
                                            && line.contains("WILL BE SENT TO PEOPLE"));
        }
        assertThat(served.servable("pl", "a.draft", "Hi")).contains("Cześć");
    }

    private static Translation row(
            String key,
            String source,
            String content,
            TranslationState state,
            String reviewer,
            String reviewedSource) {
        return new Translation(
                1L,
                "pl",
                key,
                source,
                content,
                state,
                reviewer,
                reviewer == null ? null : AT,
                reviewedSource,
                null,
                null,
                0,
                AT);
    }
}
