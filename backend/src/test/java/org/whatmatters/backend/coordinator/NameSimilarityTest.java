package org.whatmatters.backend.coordinator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How alike names are judged, as a table: what a person typed, the directory's name, the likeness
 * expected.
 */
class NameSimilarityTest {

    @ParameterizedTest(name = "''{0}'' ~ ''{1}'' = {2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            priya shah                 | Priya Shah                                    | 1.0
            Shah, Priya                | Priya Shah                                    | 1.0
            Dr. Priya Shah             | Priya Shah                                    | 1.0
            Zoe Quinn                  | Zoë Quinn                                     | 1.0
            Bradford North CMHT        | Bradford North Community Mental Health Team   | 1.0
            P Shah                     | Priya Shah                                    | 0.75
            Priya Sha                  | Priya Shah                                    | 0.875
            Priya                      | Priya Shah                                    | 0.75
            Paul Shah                  | Priya Shah                                    | 0.5
            Bradford North CMHT        | Leeds West CMHT                               | 0.333
            Tom Green                  | Priya Shah                                    | 0.0
            don't know                 | Priya Shah                                    | 0.0
            """)
    void namesAreAlikeWhenTheirWordsAre(String typed, String listed, double expected) {
        assertThat(NameSimilarity.of(typed, listed))
                .isCloseTo(expected, org.assertj.core.data.Offset.offset(0.001));
        assertThat(NameSimilarity.of(listed, typed))
                .as("either way round")
                .isCloseTo(expected, org.assertj.core.data.Offset.offset(0.001));
    }
}
