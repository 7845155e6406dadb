package org.whatmatters.backend.signposting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading where a person is from what they wrote, and how a service's areas fit it. */
class PostcodeAreasTest {

    private final PostcodeAreas postcodes = new PostcodeAreas();

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "BD3 9AB             | BD3  | BD",
                "bd39ab              | BD3  | BD",
                "Leeds LS6           | LS6  | LS",
                "Bradford            | ''   | BD",
                "near Stoke-on-Trent | ''   | ST",
                "Hackney, E8 3AB     | E8   | E",
                "London              | ''   | ''",
                "nowhere in particular | '' | ''",
                "XX1 1AA             | ''   | ''"
            })
    void aPlaceIsReadFromFreeText(String text, String district, String area) {
        Place place = postcodes.placeOf(text);

        assertThat(place.districts()).isEqualTo(district.isEmpty() ? Set.of() : Set.of(district));
        assertThat(place.areas()).isEqualTo(area.isEmpty() ? Set.of() : Set.of(area));
    }

    @ParameterizedTest(name = "{0} for someone in \"{1}\" is {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "BD3;BD4 | BD3 9AB  | COVERS",
                "BD      | BD3 9AB  | COVERS",
                "BD1     | BD3 9AB  | NEARBY",
                "''      | BD3 9AB  | EVERYWHERE",
                "LS6     | BD3 9AB  | ELSEWHERE",
                "BD1     | Bradford | COVERS",
                "LS6     | Bradford | ELSEWHERE",
                "BD1     | ''       | UNKNOWN",
                "''      | ''       | EVERYWHERE"
            })
    void aServicesAreasFitAPlace(String areas, String text, AreaFit fit) {
        List<String> served = SemicolonList.split(areas);

        assertThat(postcodes.placeOf(text).fit(served)).isEqualTo(fit);
    }
}
