package org.whatmatters.backend.app;

import io.micronaut.security.authentication.Authentication;
import org.whatmatters.backend.app.device.PersonTokenFetcher;

/** The person and device a person token belongs to. */
public record AppPrincipal(Long personId, Long deviceId) {

    public static AppPrincipal of(Authentication authentication) {
        return new AppPrincipal(
                number(authentication.getAttributes().get(PersonTokenFetcher.PERSON_ID)),
                number(authentication.getAttributes().get(PersonTokenFetcher.DEVICE_ID)));
    }

    private static Long number(Object value) {
        if (value instanceof Number number) {
            return number.longValue();
        }
        throw new IllegalStateException("not a person token");
    }
}
