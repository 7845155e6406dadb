package org.whatmatters.backend.signposting;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Ranks the directory for one person from their own words, their area and their language.
 *
 * <p>Scores: the first category of the service that the person's words point to (through the
 * categories file's keywords) {@value #CATEGORY}, each further one {@value #FURTHER_CATEGORY} (a
 * service in two of their interests ranks a little higher, but not above one that matches what they
 * actually said); each distinct word of theirs found in the service's tags {@value #TAG}, else its
 * name {@value #NAME}, else its description {@value #DESCRIPTION}; area: the service covers their
 * district or area 3, another district of their postcode area 2, no areas at all (available
 * everywhere) 1; speaking their language when it is not English {@value #LANGUAGE}. A service must
 * match their words (a category or a word) to be suggested at all, and one listed only for other
 * areas is never suggested. Ties go by name.
 */
@Singleton
public class SignpostMatcher {

    static final int CATEGORY = 4;
    static final int FURTHER_CATEGORY = 1;
    static final int TAG = 3;
    static final int NAME = 2;
    static final int DESCRIPTION = 1;
    static final int LANGUAGE = 3;

    private record Keyword(String category, List<String> stems) {}

    private static final Comparator<Suggestion> RANKING =
            Comparator.comparingInt(Suggestion::score)
                    .reversed()
                    .thenComparing(Suggestion::service, Directory.BY_NAME);

    private final Directory directory;
    private final Words words;
    private final PostcodeAreas postcodes;

    /**
     * Every keyword of every category, stemmed once: the categories change only with a deployment.
     */
    private final List<Keyword> keywords = new ArrayList<>();

    SignpostMatcher(
            Directory directory, Words words, PostcodeAreas postcodes, Categories categories) {
        this.directory = directory;
        this.words = words;
        this.postcodes = postcodes;
        for (Category category : categories.all()) {
            for (String keyword : category.keywords()) {
                List<String> stems = words.of(keyword).stream().map(Words.Word::stem).toList();
                if (!stems.isEmpty()) {
                    keywords.add(new Keyword(category.code(), stems));
                }
            }
        }
    }

    /**
     * The best {@code limit} services for this person, best first; empty when nothing fits their
     * words.
     */
    public List<Suggestion> suggest(Profile profile, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        List<List<Words.Word>> answers = profile.words().stream().map(words::of).toList();
        Set<String> categories = categoriesIn(answers);
        Map<String, String> said = new LinkedHashMap<>(); // stem -> the word as they first wrote it
        answers.forEach(
                answer -> answer.forEach(word -> said.putIfAbsent(word.stem(), word.surface())));
        Place place = postcodes.placeOf(profile.area());
        String language = language(profile.language());

        List<Suggestion> suggestions = new ArrayList<>();
        for (IndexedService service : directory.indexed()) {
            Suggestion suggestion = score(service, categories, said, place, language);
            if (suggestion != null) {
                suggestions.add(suggestion);
            }
        }
        suggestions.sort(RANKING);
        return List.copyOf(suggestions.subList(0, Math.min(limit, suggestions.size())));
    }

    private static Suggestion score(
            IndexedService indexed,
            Set<String> categories,
            Map<String, String> said,
            Place place,
            String language) {
        LocalService service = indexed.service();
        AreaFit fit = place.fit(service.areas());
        if (fit == AreaFit.ELSEWHERE) {
            return null;
        }
        int score = 0;
        List<String> reasons = new ArrayList<>();
        for (String category : service.categories()) {
            if (categories.contains(category)) {
                score += reasons.isEmpty() ? CATEGORY : FURTHER_CATEGORY;
                reasons.add("category:" + category);
            }
        }
        for (Map.Entry<String, String> word : said.entrySet()) {
            int weight =
                    indexed.tagStems().contains(word.getKey())
                            ? TAG
                            : indexed.nameStems().contains(word.getKey())
                                    ? NAME
                                    : indexed.descriptionStems().contains(word.getKey())
                                            ? DESCRIPTION
                                            : 0;
            if (weight > 0) {
                score += weight;
                reasons.add("word:" + word.getValue());
            }
        }
        if (reasons.isEmpty()) {
            return null; // personalised, not a generic list: nothing they said points here
        }
        if (fit.reason() != null) {
            score += fit.score();
            reasons.add(fit.reason());
        }
        if (language != null && service.languages().contains(language)) {
            score += LANGUAGE;
            reasons.add("language");
        }
        return new Suggestion(service, score, reasons);
    }

    /**
     * The categories whose keywords (single words or phrases, stemmed) appear in any one answer.
     */
    /**
     * The categories (codes) that these texts point to through the categories file's keywords, in
     * file order.
     */
    public Set<String> categoriesOf(List<String> texts) {
        return categoriesIn(
                texts.stream().filter(java.util.Objects::nonNull).map(words::of).toList());
    }

    private Set<String> categoriesIn(List<List<Words.Word>> answers) {
        Set<String> found = new LinkedHashSet<>();
        for (List<Words.Word> answer : answers) {
            List<String> stems = answer.stream().map(Words.Word::stem).toList();
            for (Keyword keyword : keywords) {
                if (java.util.Collections.indexOfSubList(stems, keyword.stems()) >= 0) {
                    found.add(keyword.category());
                }
            }
        }
        return found;
    }

    /**
     * The ISO 639-1 code of a language worth matching on ("ur" from "ur-PK"); null for English or
     * none.
     */
    private static String language(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String primary = code.trim().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return primary.equals("en") ? null : primary;
    }
}
