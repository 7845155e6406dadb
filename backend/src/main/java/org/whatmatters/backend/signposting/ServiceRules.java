package org.whatmatters.backend.signposting;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import com.google.i18n.phonenumbers.ShortNumberInfo;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.whatmatters.backend.directory.Checked;
import org.whatmatters.backend.directory.FieldChecks;
import org.whatmatters.backend.directory.FieldProblem;

/**
 * The rules every directory entry keeps, whether it comes from the API or a CSV row: checks each
 * field and tidies it (trimmed, codes in their usual case, repeats dropped). Nothing failing a rule
 * is stored.
 */
@Singleton
public class ServiceRules {

    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());
    private static final Pattern FULL_POSTCODE =
            Pattern.compile("([A-Z]{1,2}[0-9][0-9A-Z]?) ?[0-9][A-Z]{2}");
    private static final String UK = "GB";

    private final Categories categories;
    private final PostcodeAreas postcodes;
    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
    private final ShortNumberInfo shortNumbers = ShortNumberInfo.getInstance();

    ServiceRules(Categories categories, PostcodeAreas postcodes) {
        this.categories = categories;
        this.postcodes = postcodes;
    }

    public Checked<ServiceFields> check(ServiceFields raw) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = FieldChecks.requiredText("name", raw.name(), 200, problems);

        List<String> codes =
                values(
                        "categories",
                        raw.categories(),
                        value -> value.toLowerCase(Locale.ROOT),
                        problems);
        if (codes.isEmpty()) {
            problems.add(
                    new FieldProblem(
                            "categories",
                            "give at least one category (" + knownCategories() + ")"));
        }
        codes.stream()
                .filter(code -> !categories.isKnown(code))
                .forEach(
                        code ->
                                problems.add(
                                        new FieldProblem(
                                                "categories",
                                                "'"
                                                        + code
                                                        + "' is not a category ("
                                                        + knownCategories()
                                                        + ")")));
        fits("categories", codes, 500, problems);

        List<String> areas =
                values(
                        "areas",
                        raw.areas(),
                        value -> value.toUpperCase(Locale.ROOT).replaceAll("\\s+", " "),
                        problems);
        for (String area : areas) {
            Matcher postcode = FULL_POSTCODE.matcher(area);
            if (postcode.matches()) {
                problems.add(
                        new FieldProblem(
                                "areas",
                                "'"
                                        + area
                                        + "' is a full postcode: give its district, "
                                        + postcode.group(1)));
            } else if (!postcodes.isDistrictOrArea(area)) {
                problems.add(
                        new FieldProblem(
                                "areas",
                                "'"
                                        + area
                                        + "' is not a UK postcode district or area (like BD3, LS or E8)"));
            }
        }
        fits("areas", areas, 500, problems);

        List<String> languages =
                values(
                        "languages",
                        raw.languages(),
                        value -> value.toLowerCase(Locale.ROOT),
                        problems);
        languages.stream()
                .filter(language -> !ISO_639_1.contains(language))
                .forEach(
                        language ->
                                problems.add(
                                        new FieldProblem(
                                                "languages",
                                                "'"
                                                        + language
                                                        + "' is not an ISO 639-1 language code (like en, ur, pa, pl)")));
        fits("languages", languages, 100, problems);

        String phone = FieldChecks.text(raw.phone());
        if (phone != null && (phone.length() > 40 || !possibleUkNumber(phone))) {
            problems.add(
                    new FieldProblem("phone", "'" + phone + "' is not a possible UK phone number"));
        }

        String web = FieldChecks.text(raw.web());
        if (web != null && (web.length() > 500 || !absoluteHttp(web))) {
            problems.add(
                    new FieldProblem(
                            "web",
                            "'"
                                    + web
                                    + "' is not an absolute http(s) address like https://example.org"));
        }

        String hours = FieldChecks.plainText("hours", raw.hours(), 300, problems);
        String description =
                FieldChecks.plainText("description", raw.description(), 4000, problems);

        List<String> tags = values("tags", raw.tags(), UnaryOperator.identity(), problems);
        tags.forEach(tag -> FieldChecks.plainText("tags", tag, 200, problems));
        fits("tags", tags, 1000, problems);

        return new Checked<>(
                new ServiceFields(
                        name, codes, areas, languages, phone, web, hours, description, tags),
                List.copyOf(problems));
    }

    private String knownCategories() {
        return "known: "
                + categories.all().stream().map(Category::code).collect(Collectors.joining(", "));
    }

    /**
     * Trimmed, tidied, blanks and repeats (ignoring case) left out; a value holding the separator
     * is refused.
     */
    private static List<String> values(
            String field,
            List<String> raw,
            UnaryOperator<String> tidy,
            List<FieldProblem> problems) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String value : raw == null ? List.<String>of() : raw) {
            String trimmed = FieldChecks.text(value);
            if (trimmed == null) {
                continue;
            }
            if (trimmed.contains(SemicolonList.SEPARATOR)) {
                problems.add(
                        new FieldProblem(
                                field, "'" + trimmed + "' holds ';', which separates values"));
                continue;
            }
            String tidied = tidy.apply(trimmed);
            kept.putIfAbsent(tidied.toLowerCase(Locale.ROOT), tidied);
        }
        return List.copyOf(kept.values());
    }

    private static void fits(
            String field, List<String> values, int max, List<FieldProblem> problems) {
        if (SemicolonList.join(values).length() > max) {
            problems.add(new FieldProblem(field, "is longer than " + max + " characters in all"));
        }
    }

    /**
     * A number libphonenumber finds possible in the UK (right length for its range, area code
     * included: a local-only number cannot be dialled from elsewhere), or a UK short number in use,
     * such as 111 or 116 123.
     */
    private boolean possibleUkNumber(String phone) {
        try {
            Phonenumber.PhoneNumber parsed = phones.parse(phone, UK);
            boolean ukNumber = parsed.getCountryCode() == phones.getCountryCodeForRegion(UK);
            boolean dialable =
                    phones.isPossibleNumberWithReason(parsed)
                            == PhoneNumberUtil.ValidationResult.IS_POSSIBLE;
            return ukNumber && (dialable || shortNumbers.isValidShortNumberForRegion(parsed, UK));
        } catch (NumberParseException e) {
            return false;
        }
    }

    private static boolean absoluteHttp(String web) {
        try {
            URI uri = new URI(web);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null
                    && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
