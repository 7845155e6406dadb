package org.whatmatters.backend.signposting;

import java.util.List;
import java.util.Set;

/**
 * Where a person is, as far as their words tell: the postcode districts they gave (BD3) and the
 * postcode areas those or a post town name stand for (BD). Both empty when nothing was recognised.
 */
public record Place(Set<String> districts, Set<String> areas) {

    public Place {
        districts = Set.copyOf(districts);
        areas = Set.copyOf(areas);
    }

    public boolean known() {
        return !areas.isEmpty();
    }

    /** How a service listing these areas (districts or areas) fits this place. */
    public AreaFit fit(List<String> serviceAreas) {
        if (serviceAreas.isEmpty()) {
            return AreaFit.EVERYWHERE;
        }
        if (!known()) {
            return AreaFit.UNKNOWN;
        }
        boolean nearby = false;
        for (String served : serviceAreas) {
            boolean wholeArea = PostcodeAreas.isAreaCode(served);
            String area = PostcodeAreas.letters(served);
            if (wholeArea ? areas.contains(served) : districts.contains(served)) {
                return AreaFit.COVERS;
            }
            if (!wholeArea && areas.contains(area)) {
                if (districts.isEmpty()) {
                    return AreaFit
                            .COVERS; // only the town is known: any of its districts may be theirs
                }
                nearby = true;
            }
        }
        return nearby ? AreaFit.NEARBY : AreaFit.ELSEWHERE;
    }
}
