package org.whatmatters.backend.report;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.whatmatters.backend.person.Fact;
import org.whatmatters.backend.person.FactRepository;
import org.whatmatters.backend.referral.Referral;
import org.whatmatters.backend.referral.ReferralRepository;
import org.whatmatters.backend.signposting.Categories;
import org.whatmatters.backend.signposting.Category;
import org.whatmatters.backend.signposting.SignpostMatcher;

/**
 * What people spent on and what matters to them. The items ordered are grouped by the categories
 * their words point to (the signposting categories file's everyday words: "football boots" is
 * exercise); the items themselves, as the partner wrote them, are listed only inside the
 * organisation. What matters: the categories each person's own "what matters to me?" answers
 * matched, each person once per category.
 */
@Singleton
class SpendingReport implements ReportKind {

    static final List<String> WHAT_MATTERS =
            List.of(
                    "who_matters",
                    "admired_qualities",
                    "stopped_enjoying",
                    "beliefs",
                    "get_well",
                    "one_thing",
                    "know_it_helped");
    static final String NO_CATEGORY = "(no category matched)";

    private final ReferralRepository referrals;
    private final FactRepository facts;
    private final SignpostMatcher matcher;
    private final Categories categories;

    SpendingReport(
            ReferralRepository referrals,
            FactRepository facts,
            SignpostMatcher matcher,
            Categories categories) {
        this.referrals = referrals;
        this.facts = facts;
        this.matcher = matcher;
        this.categories = categories;
    }

    @Override
    public String name() {
        return "spending";
    }

    @Override
    public String title() {
        return "What people spent on, and what matters to them";
    }

    @Override
    public List<String> notes() {
        return List.of(
                "Items ordered for the people who finished self-referral in the period, grouped by the categories their"
                        + " words point to; an item may fall in several categories, or in none.",
                "What matters: the categories each person's own answers matched (a person counts once in each).");
    }

    @Override
    public List<ReportTable> tables(Cohort cohort) {
        Map<String, Long> itemCategories = emptyCounts();
        Map<String, Long> items = new TreeMap<>();
        for (String item : items(cohort)) {
            items.merge(
                    item.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " "), 1L, Long::sum);
            Set<String> found = matcher.categoriesOf(List.of(item));
            (found.isEmpty() ? Set.of(NO_CATEGORY) : found)
                    .forEach(code -> itemCategories.merge(code, 1L, Long::sum));
        }
        Map<Long, List<String>> words = new HashMap<>();
        if (!cohort.personIds().isEmpty()) {
            for (String name : WHAT_MATTERS) {
                for (Fact fact : facts.findByPersonIdInAndNameOrderById(cohort.personIds(), name)) {
                    words.computeIfAbsent(fact.personId(), id -> new ArrayList<>())
                            .add(fact.content());
                }
            }
        }
        Map<String, Long> matters = emptyCounts();
        words.values()
                .forEach(
                        said -> {
                            Set<String> found = matcher.categoriesOf(said);
                            (found.isEmpty() ? Set.of(NO_CATEGORY) : found)
                                    .forEach(code -> matters.merge(code, 1L, Long::sum));
                        });
        List<ReportTable> tables = new ArrayList<>();
        tables.add(
                counts("items-by-category", "Items ordered, by category", itemCategories, "items"));
        tables.add(counts("what-matters", "What matters to them, by category", matters, "people"));
        if (cohort.scope().open()) {
            ReportTable.Builder listed =
                    ReportTable.of(
                            "items",
                            "Items ordered, as written",
                            List.of("item"),
                            List.of("items"));
            items.forEach((item, count) -> listed.row(List.of(item), count));
            tables.add(listed.build());
        }
        return tables;
    }

    private List<String> items(Cohort cohort) {
        Set<Long> inCohort = new HashSet<>(cohort.referralIds());
        List<String> items = new ArrayList<>();
        if (cohort.personIds().isEmpty()) {
            return items;
        }
        for (Referral referral : referrals.findByPersonIdIn(cohort.personIds())) {
            if (inCohort.contains(referral.id())
                    && referral.item() != null
                    && !referral.item().isBlank()) {
                items.add(referral.item());
            }
        }
        return items;
    }

    private Map<String, Long> emptyCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        categories.all().stream().map(Category::code).forEach(code -> counts.put(code, 0L));
        counts.put(NO_CATEGORY, 0L);
        return counts;
    }

    private static ReportTable counts(
            String name, String title, Map<String, Long> counts, String column) {
        ReportTable.Builder table =
                ReportTable.of(name, title, List.of("category"), List.of(column));
        counts.forEach((code, count) -> table.row(List.of(code), count));
        return table.build();
    }
}
