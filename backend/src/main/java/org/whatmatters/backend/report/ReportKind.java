package org.whatmatters.backend.report;

import java.util.List;

/**
 * One of the reports: its name in the address, its title, and its tables worked out for a cohort.
 */
interface ReportKind {

    String name();

    String title();

    /** How its figures are counted, said once beside them. */
    List<String> notes();

    List<ReportTable> tables(Cohort cohort);

    /** People's own words to read inside the organisation; never part of anything suppressed. */
    default List<Report.FreeText> freeText(Cohort cohort) {
        return List.of();
    }
}
