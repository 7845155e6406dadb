package org.whatmatters.backend.alert;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name someone typed to acknowledge an alert through its link: the human step an URGENT alert
 * needs. Read from the form field {@code name} (or a JSON {@code "name"}); spaces tidied, control
 * characters dropped, at most {@value #MAX_LENGTH} characters kept; it must have at least two
 * letters, so an empty or junk submission is no name.
 */
final class AcknowledgerName {

    static final int MAX_LENGTH = 60;
    private static final Pattern JSON_NAME =
            Pattern.compile("\"name\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final String BY = " by ";

    private AcknowledgerName() {}

    static Optional<String> from(@Nullable String body, @Nullable MediaType type) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        String raw =
                type != null && type.matches(MediaType.APPLICATION_JSON_TYPE)
                        ? fromJson(body)
                        : fromForm(body);
        return tidy(raw);
    }

    /** The name recorded in an acknowledgement made through a link, if one was typed. */
    static Optional<String> of(@Nullable String acknowledgedBy) {
        if (acknowledgedBy == null
                || !acknowledgedBy.startsWith("link:")
                || !acknowledgedBy.contains(BY)) {
            return Optional.empty();
        }
        return Optional.of(acknowledgedBy.substring(acknowledgedBy.indexOf(BY) + BY.length()));
    }

    private static String fromForm(String body) {
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && "name".equals(pair.substring(0, equals).trim())) {
                try {
                    return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException malformed) {
                    return null; // a malformed escape is no name
                }
            }
        }
        return null;
    }

    private static String fromJson(String body) {
        Matcher matcher = JSON_NAME.matcher(body);
        return matcher.find() ? matcher.group(1).replace("\\\"", "\"").replace("\\\\", "\\") : null;
    }

    private static Optional<String> tidy(@Nullable String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String name =
                raw.codePoints()
                        .filter(c -> !Character.isISOControl(c))
                        .collect(
                                StringBuilder::new,
                                StringBuilder::appendCodePoint,
                                StringBuilder::append)
                        .toString()
                        .strip()
                        .replaceAll("\\s+", " ");
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            name = name.substring(0, name.offsetByCodePoints(0, MAX_LENGTH)).strip();
        }
        return name.codePoints().filter(Character::isLetter).limit(2).count() < 2
                ? Optional.empty()
                : Optional.of(name);
    }
}
