package org.whatmatters.backend.inbox;

import io.netty.handler.codec.http.QueryStringDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A webhook's {@code application/x-www-form-urlencoded} body, decoded by Netty's {@link
 * QueryStringDecoder} here rather than by the framework's binding, so that a body that cannot be
 * decoded (a malformed percent escape such as {@code Body=hello%zz}, {@code 100%} or {@code abc%},
 * or a parameter given twice) is an answer we choose, not an exception that quotes the value.
 * Twilio always encodes what it sends, so such a body is not Twilio's: without decoded parameters
 * its signature cannot even be checked, and it is refused with 400.
 */
record TwilioForm(Map<String, String> params) {

    /**
     * Far above anything Twilio sends (a 1,600-character body, percent-encoded, and some 30
     * parameters).
     */
    static final int MAX_RAW_CHARACTERS = 100_000;

    private static final int MAX_PARAMETERS = 200;

    /**
     * Why a body could not be read as a form; the texts are fixed and never quote what was sent.
     */
    enum Unreadable {
        TOO_LARGE("the form is larger than any Twilio webhook"),
        MALFORMED("the form is not correctly URL-encoded"),
        REPEATED("a parameter is given more than once"),
        TOO_MANY("the form has more parameters than any Twilio webhook");

        final String reason;

        Unreadable(String reason) {
            this.reason = reason;
        }
    }

    /** The decoded form, or why there is none. */
    record Read(Optional<TwilioForm> form, Unreadable problem) {}

    static Read read(String raw) {
        String body = raw == null ? "" : raw;
        if (body.length() > MAX_RAW_CHARACTERS) {
            return failed(Unreadable.TOO_LARGE);
        }
        Map<String, List<String>> decoded;
        try {
            // no path; ';' is an ordinary character in a text message, not a separator
            decoded =
                    new QueryStringDecoder(
                                    body, StandardCharsets.UTF_8, false, MAX_PARAMETERS + 1, true)
                            .parameters();
        } catch (IllegalArgumentException malformed) {
            // the exception's message quotes the body: it is neither logged nor answered
            return failed(Unreadable.MALFORMED);
        }
        if (decoded.size() > MAX_PARAMETERS) {
            return failed(Unreadable.TOO_MANY);
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> entry : decoded.entrySet()) {
            if (entry.getValue().size() != 1) {
                return failed(Unreadable.REPEATED);
            }
            params.put(entry.getKey(), entry.getValue().get(0));
        }
        return new Read(Optional.of(new TwilioForm(Map.copyOf(params))), null);
    }

    private static Read failed(Unreadable problem) {
        return new Read(Optional.empty(), problem);
    }

    String get(String name) {
        return params.get(name);
    }

    @Override
    public String toString() {
        return "TwilioForm" + params.keySet();
    }
}
