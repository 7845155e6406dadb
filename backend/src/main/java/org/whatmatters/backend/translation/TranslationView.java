package org.whatmatters.backend.translation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.whatmatters.translations.catalog.TranslationState;
import org.whatmatters.translations.sms.SmsEncoding;
import org.whatmatters.translations.sms.SmsSegments;

import java.time.Instant;
import java.util.List;

/** One entry as an interpreter sees it: never anything about a person. */
@Serdeable
public record TranslationView(String key, String script, String source, String translation, TranslationState state,
                              @Nullable String reviewer, @Nullable Instant reviewedAt, @Nullable String previousReviewed,
                              @Nullable String note, Sms sms, List<String> warnings) {

    /** The text as it would be sent: encoding, characters, segments, and cost against the English. */
    @Serdeable
    public record Sms(SmsEncoding encoding, int characters, int units, int segments, double costMultiplier) {

        static Sms of(String translation, String source) {
            String sent = translation.isBlank() ? source : translation;
            SmsSegments segments = SmsSegments.of(sent);
            return new Sms(segments.encoding(), sent.codePointCount(0, sent.length()), segments.units(), segments.segments(),
                    segments.costMultiplierAgainst(SmsSegments.of(source)));
        }
    }

    static TranslationView of(Translation row, List<String> warnings) {
        return new TranslationView(row.textKey(), scriptOf(row.textKey()), row.source(), row.content(), row.state(), row.reviewer(),
                row.reviewedAt(), row.previousReviewed(), row.note(), Sms.of(row.content(), row.source()), warnings);
    }

    /** The script (or reply group) a key belongs to: its first part. */
    static String scriptOf(String key) {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }
}
