package org.whatmatters.backend.report;

import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Signposting: how often each service (and each category of service) was offered, asked about, and
 * used, as the people who finished self-referral in the period told us. "Used" counts a service
 * they asked about when they said at their next contact that they tried it.
 */
@Singleton
class SignpostingReport implements ReportKind {

    private static final List<String> COLUMNS = List.of("offered", "asked about", "used");
    private static final String NOT_IN_DIRECTORY = "(no longer in the directory)";

    private final Rows rows;

    SignpostingReport(Rows rows) {
        this.rows = rows;
    }

    @Override
    public String name() {
        return "signposting";
    }

    @Override
    public String title() {
        return "Signposting offered, asked about and used";
    }

    @Override
    public List<String> notes() {
        return List.of(
                "Offers made to the people who finished self-referral in the period, whenever they were made.",
                "A service counts once per offer; a category once per service of it in the offer.");
    }

    @Override
    public List<ReportTable> tables(Cohort cohort) {
        Map<Long, String> names = new HashMap<>();
        Map<Long, List<String>> categories = new HashMap<>();
        for (Map<String, Object> service :
                rows.query("SELECT id, name, categories FROM signpost_service", List.of())) {
            names.put((Long) service.get("id"), (String) service.get("name"));
            categories.put((Long) service.get("id"), split((String) service.get("categories")));
        }
        Map<String, long[]> byService = new TreeMap<>();
        Map<String, long[]> byCategory = new TreeMap<>();
        for (Map<String, Object> offer :
                rows.query(
                        "SELECT o.service_ids, o.service_names, o.asked_service_ids, o.used"
                                + " FROM signpost_offer o WHERE o.person_id IN (SELECT r.person_id FROM referral r WHERE"
                                + Cohort.where(cohort.scope())
                                + ")",
                        Cohort.parameters(cohort.scope()))) {
            List<Long> offered =
                    split((String) offer.get("service_ids")).stream().map(Long::valueOf).toList();
            List<String> offeredNames =
                    Arrays.asList(((String) offer.get("service_names")).split("\n"));
            List<String> asked = split((String) offer.get("asked_service_ids"));
            boolean used = "yes".equals(offer.get("used"));
            for (int i = 0; i < offered.size(); i++) {
                Long id = offered.get(i);
                String name =
                        names.getOrDefault(
                                id,
                                i < offeredNames.size() ? offeredNames.get(i) : NOT_IN_DIRECTORY);
                int stage = asked.contains(String.valueOf(id)) ? (used ? 3 : 2) : 1;
                count(byService, name, stage);
                for (String category : categories.getOrDefault(id, List.of(NOT_IN_DIRECTORY))) {
                    count(byCategory, category, stage);
                }
            }
        }
        return List.of(
                table("by-category", "By category", "category", byCategory),
                table("by-service", "By service", "service", byService));
    }

    /** Offered always; asked about (stage 2 and on); used (stage 3). */
    private static void count(Map<String, long[]> counts, String key, int stage) {
        long[] row = counts.computeIfAbsent(key, k -> new long[3]);
        for (int i = 0; i < stage; i++) {
            row[i]++;
        }
    }

    private static ReportTable table(
            String name, String title, String label, Map<String, long[]> counts) {
        ReportTable.Builder table = ReportTable.of(name, title, List.of(label), COLUMNS);
        counts.forEach((key, row) -> table.row(List.of(key), row[0], row[1], row[2]));
        return table.build();
    }

    private static List<String> split(String list) {
        return list == null || list.isBlank()
                ? List.of()
                : Arrays.stream(list.split(";"))
                        .map(String::strip)
                        .filter(value -> !value.isEmpty())
                        .toList();
    }
}
