package org.whatmatters.backend.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names the directories keep unique: the same to the database whatever their case, accents and
 * spacing.
 */
class NameKeyTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            Priya  Shah          | priya shah
            Zoë Quinn            | zoe quinn
            '  ZOË\tQUINN '      | zoe quinn
            Café Ñandú           | cafe nandu
            """)
    void aNameKeyIgnoresCaseAccentsAndSpacing(String name, String key) {
        assertThat(NameKey.of(name)).isEqualTo(key);
    }
}
