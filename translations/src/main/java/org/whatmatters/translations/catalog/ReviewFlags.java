package org.whatmatters.translations.catalog;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.whatmatters.translations.sms.SmsSegments;

/**
 * What an interpreter should look at first in a translation: the save checks ({@link
 * MessageChecks}: placeholders, ICU, bidi controls) and the questions a reviewer would ask — more
 * than two SMS segments as sent, fewer sentences than the English, a letter glued onto a Latin
 * keyword, a reply keyword or a number of the English missing, 12-hour times in a 24-hour language.
 * Word lists and crisis phrase lists are checked for bidi controls only: they are matched, never
 * sent.
 */
public final class ReviewFlags {

    /** What the notes ask: "One SMS if you can, never more than two." */
    public static final int MAX_SEGMENTS_AS_SENT = 2;

    /**
     * The words that work anywhere, as the English shows them: every language's messages keep them
     * in Latin letters (its own words work too). YES and NO are answers, written in each language's
     * own words, so not checked.
     */
    static final Set<String> KEYWORDS =
            Set.of(
                    "TALK",
                    "STOP",
                    "START",
                    "HELP",
                    "INFO",
                    "STATUS",
                    "SKIP",
                    "LANGUAGE",
                    "LATER",
                    "MORE");

    /** Languages that read a bare "5" as five in the morning: times are written 17:00. */
    static final Set<String> TWENTY_FOUR_HOUR = Set.of("pl");

    private static final Pattern GLUED =
            Pattern.compile(
                    "[\\p{IsArabic}\\p{IsBengali}\\p{IsGurmukhi}&&[\\p{L}\\p{M}]]+\\p{IsLatin}+|\\p{IsLatin}+[\\p{IsArabic}\\p{IsBengali}\\p{IsGurmukhi}&&[\\p{L}\\p{M}]]+");
    private static final Pattern UPPER_WORD = Pattern.compile("\\b[A-Z]{2,}\\b");
    private static final Pattern NUMBER = Pattern.compile("\\p{Nd}+");
    private static final Pattern HOUR_RANGE =
            Pattern.compile(
                    "\\b(\\d{1,2})\\s*(?:to|-|–)\\s*(\\d{1,2})\\b|\\b\\d{1,2}\\s*(?:am|pm)\\b",
                    Pattern.CASE_INSENSITIVE);
    private static final Pattern LATER_IN_DAY =
            Pattern.compile("afternoon|evening|night|pm\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOCK_24 =
            Pattern.compile("\\b(?:[01]?\\d|2[0-3])[:.][0-5]\\d\\b|\\b(?:1[3-9]|2[0-3])\\b");

    private ReviewFlags() {}

    /**
     * @param note the interpreter's note (it may set a limit on segments)
     * @param sourceAsSent the English as a person would get it ({@link AsSent#message})
     * @param translationAsSent the translation as a person would get it
     */
    public static List<Flag> of(
            String key,
            String language,
            String source,
            String translation,
            String note,
            String sourceAsSent,
            String translationAsSent) {
        List<Flag> flags = new ArrayList<>();
        if (translation == null || translation.isBlank()) {
            return flags;
        }
        boolean list = key.startsWith("words.") || key.equals("crisis.phrases");
        for (MessageChecks.Finding finding : MessageChecks.check(source, translation)) {
            if (finding.flag() != Flag.Code.SEGMENTS
                    && (!list || finding.flag() == Flag.Code.BIDI_CONTROL)) {
                flags.add(new Flag(finding.flag(), finding.error(), finding.message()));
            }
        }
        if (list) {
            return flags;
        }
        int segments = SmsSegments.of(translationAsSent).segments();
        if (segments > MAX_SEGMENTS_AS_SENT) {
            int english = SmsSegments.of(sourceAsSent).segments();
            boolean noteSays = note != null && note.contains("never more than two");
            flags.add(
                    new Flag(
                            Flag.Code.SEGMENTS,
                            false,
                            "takes "
                                    + segments
                                    + " SMS segments as sent (the English takes "
                                    + english
                                    + "); "
                                    + (noteSays
                                            ? "the note asks for never more than "
                                            : "aim for at most ")
                                    + MAX_SEGMENTS_AS_SENT));
        }
        int englishSentences = sentences(source, "en");
        int translatedSentences = sentences(translation, language);
        if (translatedSentences < englishSentences) {
            flags.add(
                    new Flag(
                            Flag.Code.FEWER_SENTENCES,
                            false,
                            "has "
                                    + translatedSentences
                                    + " sentences where the English has "
                                    + englishSentences
                                    + ": is one missing? (the English ends: \""
                                    + lastSentence(source)
                                    + "\")"));
        }
        Matcher glued = GLUED.matcher(translation);
        Set<String> gluedWords = new LinkedHashSet<>();
        while (glued.find()) {
            gluedWords.add(glued.group());
        }
        if (!gluedWords.isEmpty()) {
            flags.add(
                    new Flag(
                            Flag.Code.GLUED_LATIN,
                            false,
                            "a letter is written onto a word in Latin letters: "
                                    + String.join(", ", gluedWords)
                                    + "; put a space between, so the word people reply with stands on its own"));
        }
        Set<String> missingKeywords = new LinkedHashSet<>();
        Matcher upper = UPPER_WORD.matcher(source);
        while (upper.find()) {
            if (KEYWORDS.contains(upper.group())
                    && !Pattern.compile("\\b" + upper.group() + "\\b")
                            .matcher(translation)
                            .find()) {
                missingKeywords.add(upper.group());
            }
        }
        if (!missingKeywords.isEmpty()) {
            flags.add(
                    new Flag(
                            Flag.Code.KEYWORD_MISSING,
                            false,
                            "the English tells people to reply "
                                    + String.join(", ", missingKeywords)
                                    + "; the translation does not show "
                                    + (missingKeywords.size() == 1 ? "it" : "them")));
        }
        Set<String> missingNumbers = new LinkedHashSet<>(numbers(source));
        Set<String> translated = numbers(translation);
        if (TWENTY_FOUR_HOUR.contains(language)) {
            // 17:00 is the English's 5 (pm)
            List.copyOf(translated).stream()
                    .filter(n -> n.matches("1[3-9]|2[0-3]"))
                    .forEach(n -> translated.add(String.valueOf(Integer.parseInt(n) - 12)));
        }
        missingNumbers.removeAll(translated);
        if (!missingNumbers.isEmpty()) {
            flags.add(
                    new Flag(
                            Flag.Code.NUMBER_MISSING,
                            false,
                            "the English has "
                                    + String.join(", ", missingNumbers)
                                    + "; the translation does not"));
        }
        if (TWENTY_FOUR_HOUR.contains(language)
                && twelveHourTimes(source)
                && !CLOCK_24.matcher(translation).find()) {
            flags.add(
                    new Flag(
                            Flag.Code.TWELVE_HOUR_TIMES,
                            false,
                            "the English gives times on a 12-hour clock (\""
                                    + hours(source)
                                    + "\"); write them on the 24-hour clock (e.g. 17:00-20:00), or a bare 5 reads as 5 in the morning"));
        }
        return flags;
    }

    private static boolean twelveHourTimes(String source) {
        Matcher range = HOUR_RANGE.matcher(source);
        while (range.find()) {
            boolean wraps =
                    range.group(1) != null
                            && Integer.parseInt(range.group(2)) < Integer.parseInt(range.group(1));
            if (wraps || range.group(1) == null || LATER_IN_DAY.matcher(source).find()) {
                return true;
            }
        }
        return false;
    }

    private static String hours(String source) {
        Matcher range = HOUR_RANGE.matcher(source);
        return range.find() ? range.group() : "";
    }

    /** Numbers in any digits (Bengali ৫, Arabic-Indic ٥ and Latin 5 are the same number). */
    static Set<String> numbers(String text) {
        Set<String> numbers = new LinkedHashSet<>();
        Matcher number = NUMBER.matcher(text.replaceAll("\\{[^}]*}", " "));
        while (number.find()) {
            StringBuilder latin = new StringBuilder();
            number.group().codePoints().forEach(cp -> latin.append(UCharacter.digit(cp, 10)));
            numbers.add(latin.toString());
        }
        return numbers;
    }

    static int sentences(String text, String language) {
        BreakIterator sentences =
                BreakIterator.getSentenceInstance(ULocale.forLanguageTag(language));
        sentences.setText(text);
        int count = 0;
        int start = sentences.first();
        for (int end = sentences.next();
                end != BreakIterator.DONE;
                start = end, end = sentences.next()) {
            if (text.substring(start, end).codePoints().anyMatch(Character::isLetterOrDigit)) {
                count++;
            }
        }
        return count;
    }

    private static String lastSentence(String text) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(ULocale.ENGLISH);
        sentences.setText(text);
        int end = sentences.last();
        int start = sentences.previous();
        return text.substring(Math.max(start, 0), end).strip();
    }
}
