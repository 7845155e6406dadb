package org.whatmatters.backend.signposting;

/**
 * How well a service's areas fit where a person is, best first, with what it adds to a suggestion.
 */
public enum AreaFit {
    /** It lists the person's postcode district, or their whole postcode area. */
    COVERS(3, "area"),
    /** It lists another district of the person's postcode area (BD1 for someone in BD3). */
    NEARBY(2, "area:nearby"),
    /** It lists no areas: available everywhere, ranked below a local match. */
    EVERYWHERE(1, "area:everywhere"),
    /** Where the person is is not known, and the service is somewhere in particular. */
    UNKNOWN(0, null),
    /** It is somewhere else: not offered. */
    ELSEWHERE(0, null);

    private final int score;
    private final String reason;

    AreaFit(int score, String reason) {
        this.score = score;
        this.reason = reason;
    }

    int score() {
        return score;
    }

    /** The reason code, or null when the fit adds nothing. */
    String reason() {
        return reason;
    }
}
