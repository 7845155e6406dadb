package org.whatmatters.backend.translation;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.whatmatters.backend.settings.ConversationSettings;
import org.whatmatters.translations.catalog.AsSent;
import org.whatmatters.translations.catalog.Flag;
import org.whatmatters.translations.catalog.ReviewFlags;

/**
 * What the review API shows beside each text: the message as a person would get it (a question with
 * its choice lines in the same language, placeholders filled with this deployment's values or
 * typical ones, isolated in Urdu and Arabic, ICU quoting removed), its SMS figures against the
 * English as sent, and the flags an interpreter should look at ({@link ReviewFlags}).
 */
@Singleton
public class EntryReview {

    private final RunningEnglish running;
    private final Map<String, String> deployment;

    public EntryReview(RunningEnglish running, ConversationSettings settings) {
        this.running = running;
        this.deployment =
                Map.of(
                        "emergency",
                        settings.crisisEmergency(),
                        "samaritans",
                        settings.crisisSamaritans(),
                        "nhs111",
                        settings.crisisNhs111(),
                        "privacy_url",
                        settings.privacyUrl(),
                        "named_contact",
                        settings.namedContact());
    }

    /**
     * The view of {@code row}; {@code language} holds the other rows of its language (for a
     * question's options).
     */
    TranslationView view(
            Translation row, Map<String, Translation> language, List<String> warnings) {
        String englishAsSent = asSent(row, language, "en", Translation::source);
        String asSent = asSent(row, language, row.language(), Translation::sent);
        List<Flag> flags =
                ReviewFlags.of(
                        row.textKey(),
                        row.language(),
                        row.source(),
                        row.content(),
                        row.note(),
                        englishAsSent,
                        asSent);
        return TranslationView.of(
                row,
                warnings,
                flags.stream().map(TranslationView.FlagView::of).toList(),
                TranslationView.Sms.of(asSent, englishAsSent));
    }

    private String asSent(
            Translation row,
            Map<String, Translation> language,
            String as,
            Function<Translation, String> text) {
        List<String> question = running.question(row.textKey());
        if (question.isEmpty()) {
            return AsSent.message(text.apply(row), List.of(), as, deployment);
        }
        Translation prompt = language.getOrDefault(question.get(0), row);
        List<String> options =
                question.subList(1, question.size()).stream()
                        .map(
                                key ->
                                        language.containsKey(key)
                                                ? text.apply(language.get(key))
                                                : running.english(key).orElse(""))
                        .toList();
        return AsSent.message(text.apply(prompt), options, as, deployment);
    }
}
