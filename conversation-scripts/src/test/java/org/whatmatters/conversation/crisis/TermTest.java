package org.whatmatters.conversation.crisis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * One listed term against the words of a message, built afresh here (the detectors the other tests
 * share are built once, so PIT's mutants of the term's set-up never reach them).
 */
class TermTest {

    private static String[] words(String message) {
        return CrisisText.normalise(message).split(" ");
    }

    @Test
    void wordsRunTogetherMatchAlsoWithASlipWhenLongEnough() {
        assertThat(Term.parse("kill myself").matchAt(words("killmyself"), 0)).isEqualTo(1);
        assertThat(Term.parse("kill myself").matchAt(words("kilmysefl"), 0))
                .as("run together, two letters swapped")
                .isEqualTo(1);
        assertThat(Term.parse("end it all").matchAt(words("enditla"), 0))
                .as("seven letters run together: slips allowed")
                .isEqualTo(1);
        assertThat(Term.parse("on me").matchAt(words("one"), 0)).as("short: no slips").isZero();
    }

    @Test
    void aPrefixInsideATermIsNotRunTogether() {
        assertThat(Term.parse("suicid* thoughts").matchAt(words("suicidal thoughts"), 0))
                .isEqualTo(2);
        assertThat(Term.parse("suicid* thoughts").matchAt(words("suicidthoughts"), 0)).isZero();
        assertThat(Term.parse("Suicid*  Thoughts").key()).isEqualTo("suicid* thoughts");
    }

    @Test
    void aWordMatchesWithASlipAndAPrefixAnyEnding() {
        assertThat(Term.parse("myself").matchAt(words("mysefl"), 0)).isEqualTo(1);
        assertThat(Term.parse("suicid*").matchAt(words("suicidally"), 0)).isEqualTo(1);
    }

    @Test
    void aLongWordSplitInTwoMatchesButAPrefixDoesNot() {
        assertThat(Term.parse("poison").matchAt(words("poi son"), 0))
                .as("six letters")
                .isEqualTo(2);
        assertThat(Term.parse("poison").matchAt(words("poi"), 0)).isZero();
        assertThat(Term.parse("suicid*").matchAt(words("sui cid"), 0)).isZero();
    }

    @Test
    void nothingMatchesPastTheLastWord() {
        assertThat(Term.parse("die").matchAt(words("die"), 1)).isZero();
    }
}
