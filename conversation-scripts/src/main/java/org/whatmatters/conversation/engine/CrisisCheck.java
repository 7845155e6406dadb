package org.whatmatters.conversation.engine;

import java.util.Objects;
import java.util.Optional;

/**
 * Whether a message shows risk to life ({@link #match}: the crisis tier only, the id of what
 * matched), and {@link #assess}: which tier (crisis, concern, none) and which kind of crisis
 * language, when in doubt crisis. Implementations never keep or log the message.
 */
@FunctionalInterface
public interface CrisisCheck {

    /**
     * The id of what matched if the message shows risk to life (the CRISIS tier); empty otherwise,
     * CONCERN included.
     */
    Optional<String> match(String message);

    /**
     * The tier, kind and matched id; by default CRISIS when {@link #match} matches, NONE otherwise.
     */
    default Assessment assess(String message) {
        return match(message)
                .map(matched -> new Assessment(Tier.CRISIS, "crisis", matched))
                .orElse(Assessment.NONE);
    }

    /** How much a message needs: crisis support at once, a kind word and a check-in, or nothing. */
    enum Tier {
        NONE,
        CONCERN,
        CRISIS
    }

    /**
     * What a message showed: the tier, the kind of language ({@code method}, {@code concern}...)
     * and the id that matched, never the text.
     */
    record Assessment(Tier tier, String kind, String matched) {

        public static final Assessment NONE = new Assessment(Tier.NONE, "none", "");

        public Assessment {
            Objects.requireNonNull(tier, "tier");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(matched, "matched");
        }

        public boolean isCrisis() {
            return tier == Tier.CRISIS;
        }

        public boolean isConcern() {
            return tier == Tier.CONCERN;
        }
    }
}
