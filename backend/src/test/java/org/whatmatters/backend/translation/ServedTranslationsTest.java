package org.whatmatters.backend.translation;

import org.junit.jupiter.api.Test;
import org.whatmatters.backend.support.CapturedLogs;
import org.whatmatters.translations.catalog.TranslationState;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The serving rule on its own, with the repository (ours) mocked. */
class ServedTranslationsTest {

    private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");
    private final TranslationRepository repository = mock(TranslationRepository.class);

    @Test
    void onlyReviewedForTheCurrentEnglishIsServed() {
        when(repository.findByLanguageOrderByPosition("pl")).thenReturn(List.of(
                row("a.reviewed", "Hi", "Cześć", TranslationState.REVIEWED, "Ola", "Hi"),
                row("a.draft", "Hi", "Cześć", TranslationState.DRAFT, null, null),
                row("a.translated", "Hi", "Cześć", TranslationState.TRANSLATED, null, null),
                row("a.stale", "Hello", "Cześć", TranslationState.STALE, "Ola", "Hi"),
                row("a.other-source", "Hello", "Cześć", TranslationState.REVIEWED, "Ola", "Hi")));

        ServedTranslations served = new ServedTranslations(repository, new TranslationSettings("false"));

        assertThat(served.servable("pl", "a.reviewed")).contains("Cześć");
        assertThat(List.of("a.draft", "a.translated", "a.stale", "a.other-source")).allSatisfy(key ->
                assertThat(served.servable("pl", key)).as(key).isEmpty());
    }

    @Test
    void serveUnreviewedServesDraftsAndSaysSoLoudly() {
        when(repository.findByLanguageOrderByPosition("pl")).thenReturn(List.of(row("a.draft", "Hi", "Cześć", TranslationState.DRAFT, null, null)));
        ServedTranslations served;
        try (CapturedLogs logs = new CapturedLogs()) {
            served = new ServedTranslations(repository, new TranslationSettings("true"));
            assertThat(logs.lines()).anyMatch(line -> line.contains("SERVE-UNREVIEWED IS ON") && line.contains("WILL BE SENT TO PEOPLE"));
        }
        assertThat(served.servable("pl", "a.draft")).contains("Cześć");
    }

    private static Translation row(String key, String source, String content, TranslationState state, String reviewer, String reviewedSource) {
        return new Translation(1L, "pl", key, source, content, state, reviewer, reviewer == null ? null : AT, reviewedSource, null, null, 0, AT);
    }
}
