package org.whatmatters.backend.signposting;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The UK's postcode areas (from {@code signposting/postcode-areas.csv}): checks the directory's
 * areas column and reads where a person is from free text such as "BD3 9AB", "Leeds LS6" or
 * "Bradford".
 */
@Singleton
public class PostcodeAreas {

    static final String FILE = "signposting/postcode-areas.csv";

    private static final Pattern DISTRICT = Pattern.compile("([A-Z]{1,2})[0-9][0-9A-Z]?");
    private static final Pattern AREA = Pattern.compile("[A-Z]{1,2}");

    /** A district, alone or at the start of a full postcode ("BD3", "BD3 9AB", "bd39ab"). */
    private static final Pattern IN_TEXT =
            Pattern.compile(
                    "(?<![\\p{L}0-9])([A-Z]{1,2}[0-9][0-9A-Z]?)(?:\\s*[0-9][A-Z]{2})?(?![\\p{L}0-9])",
                    Pattern.CASE_INSENSITIVE);

    private final Set<String> areas = new HashSet<>();

    /**
     * Post town (lower case, words separated by one space) to its area, for towns with exactly one
     * area.
     */
    private final Map<String, String> areaByTown = new HashMap<>();

    PostcodeAreas() {
        Map<String, Set<String>> byTown = new HashMap<>();
        try (InputStream in = PostcodeAreas.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the classpath");
            }
            CSVFormat format =
                    CSVFormat.DEFAULT
                            .builder()
                            .setHeader()
                            .setSkipHeaderRecord(true)
                            .setCommentMarker('#')
                            .get();
            try (CSVParser rows =
                    CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), format)) {
                for (CSVRecord row : rows) {
                    String code = row.get("code").trim();
                    areas.add(code);
                    byTown.computeIfAbsent(
                                    words(row.get("post_town")), town -> new LinkedHashSet<>())
                            .add(code);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(FILE + " cannot be read", e);
        }
        byTown.forEach(
                (town, codes) -> {
                    if (codes.size() == 1) {
                        areaByTown.put(town, codes.iterator().next());
                    }
                });
    }

    /**
     * Whether {@code code} (upper case, no spaces) is a UK postcode district (BD3) or area (BD).
     */
    public boolean isDistrictOrArea(String code) {
        if (AREA.matcher(code).matches()) {
            return areas.contains(code);
        }
        Matcher district = DISTRICT.matcher(code);
        return district.matches() && areas.contains(district.group(1));
    }

    /** Where the person is, from whatever they wrote; an empty place when nothing is recognised. */
    public Place placeOf(String text) {
        Set<String> districts = new LinkedHashSet<>();
        Set<String> found = new LinkedHashSet<>();
        if (text != null && !text.isBlank()) {
            Matcher postcode = IN_TEXT.matcher(text);
            while (postcode.find()) {
                String district = postcode.group(1).toUpperCase(Locale.ROOT);
                if (isDistrictOrArea(district)) {
                    districts.add(district);
                    found.add(letters(district));
                }
            }
            String padded = " " + words(text) + " ";
            areaByTown.forEach(
                    (town, area) -> {
                        if (padded.contains(" " + town + " ")) {
                            found.add(area);
                        }
                    });
        }
        return new Place(districts, found);
    }

    /** Whether a directory area is a whole postcode area (letters only) rather than a district. */
    static boolean isAreaCode(String code) {
        return AREA.matcher(code).matches();
    }

    /** The area letters of a district or area: BD for BD3. */
    static String letters(String code) {
        int end = 0;
        while (end < code.length() && Character.isLetter(code.charAt(end))) {
            end++;
        }
        return code.substring(0, end);
    }

    private static String words(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ").trim();
    }
}
