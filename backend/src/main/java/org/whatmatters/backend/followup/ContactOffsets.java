package org.whatmatters.backend.followup;

import io.micronaut.core.annotation.Nullable;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.whatmatters.backend.problem.Invalid;

/**
 * An organisation's own offsets of contacts 1, 2 and 3 after delivery, kept as ISO periods
 * ("P3D,P14D,P42D"); none kept means the deployment's.
 */
public final class ContactOffsets {

    private ContactOffsets() {}

    static List<Period> of(@Nullable String stored, List<Period> defaults) {
        return stored == null || stored.isBlank() ? defaults : parse(stored);
    }

    /** Checks three increasing, positive offsets, and gives them in their stored form. */
    public static String check(List<String> offsets) {
        if (offsets == null || offsets.size() != 3) {
            throw new Invalid(
                    "give three offsets after delivery, e.g. [\"P3D\", \"P14D\", \"P42D\"]");
        }
        List<Period> periods = parse(String.join(",", offsets));
        for (int i = 0; i < periods.size(); i++) {
            if (periods.get(i).isNegative() || periods.get(i).isZero()) {
                throw new Invalid(
                        "contact " + (i + 1) + " must come after delivery: " + offsets.get(i));
            }
            if (i > 0 && days(periods.get(i)) <= days(periods.get(i - 1))) {
                throw new Invalid("contact " + (i + 1) + " must come after contact " + i);
            }
        }
        return String.join(",", periods.stream().map(Period::toString).toList());
    }

    private static List<Period> parse(String stored) {
        try {
            return Arrays.stream(stored.split(",")).map(String::trim).map(Period::parse).toList();
        } catch (DateTimeParseException e) {
            throw new Invalid("offsets are ISO periods such as P3D or P2W: " + e.getParsedString());
        }
    }

    private static long days(Period period) {
        return period.toTotalMonths() * 30 + period.getDays();
    }
}
