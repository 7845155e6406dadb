package org.whatmatters.backend.signposting;

import java.util.List;
import org.whatmatters.backend.directory.CsvSheet;

/**
 * The directory as CSV, one entry a row under the header {@link #HEADER}; the multi-valued columns
 * (categories, areas, languages, tags) hold values separated by ';'. The file's shape is {@link
 * CsvSheet}'s to check; what the values mean is {@link ServiceRules}' job.
 */
final class DirectoryCsv {

    static final List<String> HEADER =
            List.of(
                    "name",
                    "categories",
                    "areas",
                    "languages",
                    "phone",
                    "web",
                    "hours",
                    "description",
                    "tags");

    private DirectoryCsv() {}

    /** A row's fields as written. */
    static ServiceFields fields(CsvSheet.Row row) {
        return new ServiceFields(
                row.get("name"),
                SemicolonList.split(row.get("categories")),
                SemicolonList.split(row.get("areas")),
                SemicolonList.split(row.get("languages")),
                row.get("phone"),
                row.get("web"),
                row.get("hours"),
                row.get("description"),
                SemicolonList.split(row.get("tags")));
    }

    static String write(List<LocalService> services) {
        return CsvSheet.write(
                HEADER,
                services.stream()
                        .map(
                                service ->
                                        List.of(
                                                service.name(),
                                                SemicolonList.join(service.categories()),
                                                SemicolonList.join(service.areas()),
                                                SemicolonList.join(service.languages()),
                                                blank(service.phone()),
                                                blank(service.web()),
                                                blank(service.hours()),
                                                blank(service.description()),
                                                SemicolonList.join(service.tags())))
                        .toList());
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }
}
