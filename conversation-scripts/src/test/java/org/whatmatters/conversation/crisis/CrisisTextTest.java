package org.whatmatters.conversation.crisis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How near a written word may be to a listed one (the slips the detector forgives, and those it
 * must not).
 */
class CrisisTextTest {

    @Test
    void anSAddedAtTheEndIsAnotherWordNotASlip() {
        assertThat(CrisisText.sameWordOrSlip("jump", "jumps")).as("someone else jumps").isFalse();
        assertThat(CrisisText.sameWordOrSlip("jump", "jumpy"))
                .as("another letter added at the end is a slip")
                .isTrue();
        assertThat(CrisisText.sameWordOrSlip("jump", "jmup")).as("two letters swapped").isTrue();
    }

    @Test
    void oneWrongLetterIsForgivenFromFiveLettersOn() {
        assertThat(CrisisText.sameWordOrSlip("tired", "tirad")).as("five letters").isTrue();
        assertThat(CrisisText.sameWordOrSlip("hang", "hung")).as("four letters").isFalse();
    }

    @Test
    void aDifferenceInTheLastLetterIsASubstitutionOnly() {
        assertThat(CrisisText.withinOneEdit("dead", "deaf", false)).isFalse();
        assertThat(CrisisText.withinOneEdit("dead", "deaf", true)).isTrue();
        assertThat(CrisisText.withinOneEdit("dead", "daed", false)).as("swapped").isTrue();
        assertThat(CrisisText.withinOneEdit("die", "die", false)).as("the same word").isTrue();
        assertThat(CrisisText.withinOneEdit("die", "dying", true))
                .as("two letters apart")
                .isFalse();
    }
}
