package org.whatmatters.backend.coordinator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Working days as people write them, and the one form they are kept in. */
class WorkingDaysTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            MON-FRI              | MON-FRI
            mon - fri            | MON-FRI
            Monday–Friday        | MON-FRI
            Mon,Tue,Thurs        | MON;TUE;THU
            Mon-Fri;Sat          | MON-SAT
            sat;sun              | SAT;SUN
            FRI-MON              | MON;FRI-SUN
            MON-SUN              | MON-SUN
            """)
    void daysAreReadAndKeptInOneForm(String written, String kept) {
        WorkingDays.Read read = WorkingDays.read(written);

        assertThat(read.ok()).isTrue();
        assertThat(WorkingDays.format(read.days())).isEqualTo(kept);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            weekdays    | 'weekdays' is not a day or a range of days (MON, TUE, WED, THU, FRI, SAT, SUN; MON-FRI)
            MON-FRI-SAT | 'MON-FRI-SAT' is not a day or a range of days (MON, TUE, WED, THU, FRI, SAT, SUN; MON-FRI)
            ;           | is required, e.g. MON-FRI or MON;TUE;THU
            """)
    void anythingElseSaysWhy(String written, String problem) {
        assertThat(WorkingDays.read(written).problem()).isEqualTo(problem);
    }
}
