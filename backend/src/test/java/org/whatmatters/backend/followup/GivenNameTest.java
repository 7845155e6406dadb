package org.whatmatters.backend.followup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reply to the recycled-number question against the name the person gave (H2): what counts as
 * their name.
 */
class GivenNameTest {

    @ParameterizedTest(name = "\"{1}\" is \"{0}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "Dee        | dee",
                "Dee        | '  DEE. '",
                "Dée        | Dee",
                "Dee        | dée",
                "Zoë        | zoe",
                "José Luis  | jose luis",
                "Mary Ann   | maryann",
                "Mary Ann   | Mary",
                "Łukasz     | lukasz",
                "Siobhán    | SIOBHAN!",
                "محمد       | مُحَمَّد",
            })
    void theNameItselfWhateverTheCaseAccentsOrSpacing(String given, String reply) {
        assertThat(GivenName.matches(given, reply)).isTrue();
    }

    @ParameterizedTest(name = "\"{1}\" is not \"{0}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "Dee        | Bob",
                "Dee        | wrong number",
                "Dee        | not Dee",
                "Dee        | Dee?? who is this, wrong number",
                "Dee        | De",
                "Dee        | Deee",
                "Dee        | ''",
                "Dee        | '...'",
                "Mary Ann   | Ann",
                "''         | ''",
            })
    void anythingElseIsNot(String given, String reply) {
        assertThat(GivenName.matches(given, reply)).isFalse();
    }
}
