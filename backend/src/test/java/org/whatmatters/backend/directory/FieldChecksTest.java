package org.whatmatters.backend.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The field checks every directory shares: how text is tidied, what may not reach a spreadsheet,
 * what an email address is.
 */
class FieldChecksTest {

    private final List<FieldProblem> problems = new ArrayList<>();

    @Test
    void textIsTrimmedAtItsEndsAndKeepsItsInnerSpacing() {
        assertThat(FieldChecks.text("  Mondays  9-5\n  Tuesdays 10-4 "))
                .isEqualTo("Mondays  9-5\n  Tuesdays 10-4");
        assertThat(FieldChecks.text(" \t ")).isNull();
        assertThat(FieldChecks.text(null)).isNull();
    }

    @Test
    void requiredTextIsRequiredBoundedAndNeverAFormula() {
        assertThat(FieldChecks.requiredText("name", " ", 10, problems)).isNull();
        assertThat(FieldChecks.requiredText("organisation", " =HYPERLINK(1) ", 10, problems))
                .isEqualTo("=HYPERLINK(1)");
        assertThat(FieldChecks.plainText("hours", null, 10, problems)).isNull();

        assertThat(problems)
                .extracting(FieldProblem::toString)
                .containsExactly(
                        "name: is required",
                        "organisation: is longer than 10 characters",
                        "organisation: must not start with =, +, - or @ (a spreadsheet would run it as a formula)");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "duty.team@nhs.net",
                "priya.shah+alerts@bradford.gov.uk",
                "o'neill@example.org",
                "\"duty team\"@nhs.net"
            })
    void anEmailAddressIsOneBareAddress(String address) {
        assertThat(FieldChecks.isEmailAddress(address)).isTrue();
        assertThat(FieldChecks.email("email", " " + address + " ", problems)).isEqualTo(address);
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "north duty at nhs",
                "duty@nhs",
                "duty@nhs..net",
                "duty..team@nhs.net",
                "@nhs.net",
                "duty@",
                "Duty Team <duty@nhs.net>",
                "<duty@nhs.net>",
                "duty@nhs.net (Duty Team)",
                "a@nhs.net, b@nhs.net",
                "duty@nhs_net.uk",
                "duty team@nhs.net"
            })
    void anythingElseIsNot(String value) {
        assertThat(FieldChecks.isEmailAddress(value)).isFalse();
        assertThat(FieldChecks.email("dutyEmail", value, problems)).isNull();
        assertThat(problems)
                .extracting(FieldProblem::toString)
                .containsExactly(
                        "dutyEmail: '"
                                + value
                                + "' is not an email address like duty.team@nhs.net");
    }

    @Test
    void anEmailAddressIsAtMost254Characters() {
        String domain =
                "@" + "a".repeat(60) + "." + "b".repeat(60) + "." + "c".repeat(60) + ".nhs.net";
        assertThat(FieldChecks.isEmailAddress("d".repeat(254 - domain.length()) + domain)).isTrue();
        assertThat(FieldChecks.isEmailAddress("d".repeat(255 - domain.length()) + domain))
                .isFalse();
    }
}
