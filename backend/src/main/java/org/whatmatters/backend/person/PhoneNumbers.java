package org.whatmatters.backend.person;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.whatmatters.backend.settings.InvalidSettingException;

/**
 * Phone numbers in and out of E.164, through libphonenumber; national numbers are read in the
 * default region. A number is accepted when it is <em>possible</em> (right length for its country),
 * not only when it is in a range libphonenumber knows is allocated: a person texting from a newly
 * opened range must not go unanswered because the metadata is a release behind. (Ofcom's drama
 * range 07700 900xxx, used in tests, is possible but not "valid" for the same reason.)
 */
@Singleton
public class PhoneNumbers {

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private final String defaultRegion;

    public PhoneNumbers(PhoneNumberSettings settings) {
        String defaultRegion = settings.defaultRegion();
        if (!util.getSupportedRegions().contains(defaultRegion)) {
            throw new InvalidSettingException(
                    "WHATMATTERS_DEFAULT_REGION",
                    "must be an ISO 3166 region code such as GB, was '" + defaultRegion + "'");
        }
        this.defaultRegion = defaultRegion;
    }

    /** The number in E.164 if it is a possible phone number, else empty. */
    public Optional<String> toE164(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            Phonenumber.PhoneNumber parsed = util.parse(raw.trim(), defaultRegion);
            return util.isPossibleNumber(parsed)
                    ? Optional.of(util.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
