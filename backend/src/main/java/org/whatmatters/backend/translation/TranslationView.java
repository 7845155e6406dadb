package org.whatmatters.backend.translation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import org.whatmatters.translations.catalog.Flag;
import org.whatmatters.translations.catalog.TranslationState;
import org.whatmatters.translations.sms.SmsEncoding;
import org.whatmatters.translations.sms.SmsSegments;

/**
 * One entry as an interpreter sees it: never anything about a person. {@code flags} are what to
 * look at (errors stop a save; warnings are questions for the interpreter); {@code sms} is the
 * message as a person would get it.
 */
@Serdeable
public record TranslationView(
        String key,
        String script,
        String source,
        String translation,
        TranslationState state,
        @Nullable String reviewer,
        @Nullable Instant reviewedAt,
        @Nullable String previousReviewed,
        @Nullable String note,
        Sms sms,
        List<String> warnings,
        @JsonInclude(JsonInclude.Include.ALWAYS) List<FlagView> flags) {

    /**
     * The message as it would be sent (a question with its choice lines, placeholders filled,
     * isolates added): its text and parts, encoding, characters, units, segments, and cost against
     * the English as sent.
     */
    @Serdeable
    public record Sms(
            String text,
            List<String> parts,
            SmsEncoding encoding,
            int characters,
            int units,
            int segments,
            double costMultiplier) {

        static Sms of(String asSent, String englishAsSent) {
            SmsSegments segments = SmsSegments.of(asSent);
            return new Sms(
                    asSent,
                    SmsSegments.parts(asSent),
                    segments.encoding(),
                    asSent.codePointCount(0, asSent.length()),
                    segments.units(),
                    segments.segments(),
                    segments.costMultiplierAgainst(SmsSegments.of(englishAsSent)));
        }
    }

    /** A flag as the API shows it: which check, whether it stops a save, and what to look at. */
    @Serdeable
    public record FlagView(Flag.Code code, boolean error, String message) {

        static FlagView of(Flag flag) {
            return new FlagView(flag.code(), flag.error(), flag.message());
        }
    }

    static TranslationView of(
            Translation row, List<String> warnings, List<FlagView> flags, Sms sms) {
        return new TranslationView(
                row.textKey(),
                scriptOf(row.textKey()),
                row.source(),
                row.content(),
                row.state(),
                row.reviewer(),
                row.reviewedAt(),
                row.previousReviewed(),
                row.note(),
                sms,
                warnings,
                flags);
    }

    /** Whether an interpreter should look at this first: errors before warnings before nothing. */
    int urgency() {
        return flags.stream().anyMatch(FlagView::error) ? 0 : flags.isEmpty() ? 2 : 1;
    }

    /** The script (or reply group) a key belongs to: its first part. */
    static String scriptOf(String key) {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }
}
