package org.whatmatters.translations.catalog;

/**
 * Something an interpreter should look at in a translation, found by {@link ReviewFlags}: an error
 * stops a save; a warning is a question for the interpreter (it may be a matter of wording).
 */
public record Flag(Code code, boolean error, String message) {

    public enum Code {
        /** Placeholders or ICU plural/select arguments differ from the English. */
        PLACEHOLDERS,
        /** Not a valid ICU message. */
        ICU,
        /** A bidirectional control character or direction mark typed into the text. */
        BIDI_CONTROL,
        /** More SMS segments as sent than the note allows. */
        SEGMENTS,
        /** Fewer sentences than the English: a sentence may have been dropped. */
        FEWER_SENTENCES,
        /** A letter of another script written onto a Latin keyword (e.g. Arabic "و" onto STOP). */
        GLUED_LATIN,
        /**
         * A keyword people reply with (TALK, STOP, ...) is in the English but not in the
         * translation.
         */
        KEYWORD_MISSING,
        /** A number in the English (a phone number, a count of days) is not in the translation. */
        NUMBER_MISSING,
        /**
         * Clock times the English gives on a 12-hour clock, in a language that reads them on a
         * 24-hour clock.
         */
        TWELVE_HOUR_TIMES
    }
}
