package org.whatmatters.conversation.words;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A message is normalised once, however many words and answers look at it. */
class ReplyTest {

    @Test
    void saidIsTheMessageNormalisedOnceAndKept() {
        Reply reply = new Reply("  STOP, please!! ");

        String said = reply.said();

        assertThat(said).isEqualTo("stop please");
        assertThat(reply.said()).as("computed once, then the same text").isSameAs(said);
        assertThat(reply.text()).isEqualTo("  STOP, please!! ");
        assertThat(new Reply(null).said()).isEmpty();
    }

    @Test
    void theLexiconMatchesAReplyAsNormalised() {
        Lexicon english = Lexicon.forLanguage("en");

        assertThat(english.is(Lexicon.Kind.OPT_OUT, new Reply(" Stop! "))).isTrue();
        assertThat(english.is(Lexicon.Kind.NO_MORE, new Reply("NO MORE."))).isTrue();
        assertThat(english.is(Lexicon.Kind.OPT_OUT, new Reply("please stop the texts"))).isFalse();
    }
}
