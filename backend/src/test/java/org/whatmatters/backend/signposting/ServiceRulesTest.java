package org.whatmatters.backend.signposting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.whatmatters.backend.directory.Checked;
import org.whatmatters.backend.directory.FieldProblem;

/**
 * The rules of a directory entry, field by field: what is refused, and how what is kept is tidied.
 */
class ServiceRulesTest {

    private final ServiceRules rules =
            new ServiceRules(CategoriesFileTest.shipped(), new PostcodeAreas());

    private static ServiceFields entry(String areas, String languages, String phone, String web) {
        return new ServiceFields(
                "A club",
                List.of("exercise"),
                SemicolonList.split(areas),
                SemicolonList.split(languages),
                phone,
                web,
                null,
                null,
                List.of());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "areas     | XX9          | 'XX9' is not a UK postcode district or area (like BD3, LS or E8)",
                "areas     | BD3 9AB      | 'BD3 9AB' is a full postcode: give its district, BD3",
                "areas     | BD 3         | 'BD 3' is not a UK postcode district or area (like BD3, LS or E8)",
                "areas     | Bradford     | 'BRADFORD' is not a UK postcode district or area (like BD3, LS or E8)",
                "languages | eng          | 'eng' is not an ISO 639-1 language code (like en, ur, pa, pl)",
                "phone     | 12345        | '12345' is not a possible UK phone number",
                "phone     | +33 1 23 45 67 89 | '+33 1 23 45 67 89' is not a possible UK phone number",
                "web       | example.org  | 'example.org' is not an absolute http(s) address like https://example.org",
                "web       | ftp://example.org/x | 'ftp://example.org/x' is not an absolute http(s) address like https://example.org",
            })
    void aBadValueIsRefusedSayingWhy(String field, String value, String problem) {
        ServiceFields fields =
                switch (field) {
                    case "areas" -> entry(value, "en", null, null);
                    case "languages" -> entry("BD3", value, null, null);
                    case "phone" -> entry("BD3", "en", value, null);
                    default -> entry("BD3", "en", null, value);
                };

        assertThat(rules.check(fields).problems())
                .containsExactly(new FieldProblem(field, problem));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "BD3;bd4;LS;E8;N16;EC1A;SW1A | en;UR;pa | 01274 123456 | https://example.org/a?b=c",
                "'' | '' | 116 123 | http://example.org",
                "BD | so | +44 20 7946 0000 | ''",
                "LS6 | pl | 111 | ''"
            })
    void goodValuesPass(String areas, String languages, String phone, String web) {
        assertThat(rules.check(entry(areas, languages, phone, web)).problems()).isEmpty();
    }

    @Test
    void valuesAreTidiedAndRepeatsDropped() {
        Checked<ServiceFields> checked =
                rules.check(
                        new ServiceFields(
                                "  Riverside Club ",
                                List.of("Exercise", "exercise", " "),
                                List.of("bd3", "BD3 "),
                                List.of("UR", "en"),
                                " ",
                                "",
                                "  Mondays ",
                                null,
                                List.of("Football", "football", "walking")));

        assertThat(checked.ok()).isTrue();
        assertThat(checked.fields())
                .isEqualTo(
                        new ServiceFields(
                                "Riverside Club",
                                List.of("exercise"),
                                List.of("BD3"),
                                List.of("ur", "en"),
                                null,
                                null,
                                "Mondays",
                                null,
                                List.of("Football", "walking")));
    }

    @Test
    void aNameIsRequiredAndNothingMayStartASpreadsheetFormula() {
        Checked<ServiceFields> checked =
                rules.check(
                        new ServiceFields(
                                " ",
                                List.of(),
                                List.of(),
                                List.of(),
                                null,
                                null,
                                "@SUM(1)",
                                "-2+3",
                                List.of("=cmd", "fine;not")));

        assertThat(checked.problems())
                .extracting(FieldProblem::toString)
                .containsExactly(
                        "name: is required",
                        "categories: give at least one category (known: physical-health, exercise, social-groups, befriending, crisis-alternatives, "
                                + "housing, energy-and-debt, advocacy, peer-support, faith-and-culture, education-and-employment, creative-arts, "
                                + "social-prescribing)",
                        "hours: must not start with =, +, - or @ (a spreadsheet would run it as a formula)",
                        "description: must not start with =, +, - or @ (a spreadsheet would run it as a formula)",
                        "tags: 'fine;not' holds ';', which separates values",
                        "tags: must not start with =, +, - or @ (a spreadsheet would run it as a formula)");
    }
}
