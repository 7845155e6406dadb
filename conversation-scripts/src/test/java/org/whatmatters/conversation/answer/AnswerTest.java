package org.whatmatters.conversation.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.whatmatters.conversation.script.Text;
import org.whatmatters.conversation.words.Lexicon;
import org.whatmatters.conversation.words.Reply;

/** What each kind of answer says of itself, and each reading the reply normalised once. */
class AnswerTest {

    private static final Reading ENGLISH = new Reading(Lexicon.forLanguage("en"), Text::source);
    private static final ChoiceAnswer COLOURS =
            new ChoiceAnswer(
                    List.of(
                            new ChoiceAnswer.Option(
                                    "red", new Text("t.red", "Red", 1), List.of("scarlet")),
                            new ChoiceAnswer.Option(
                                    "green", new Text("t.green", "Green", 2), List.of())));

    @Test
    void onlyFreeTextTakesAnyReplyAsTheAnswer() {
        assertThat(new TextAnswer().acceptsAnyText()).isTrue();
        assertThat(List.of(new YesNoAnswer(), new NumberAnswer(1, 5), new DateAnswer(), COLOURS))
                .noneMatch(Answer::acceptsAnyText);
    }

    @Test
    void eachKindReadsTheSameReplyAsWrittenOrAsNormalised() {
        assertThat(new TextAnswer().read(new Reply("  My kids!  "), ENGLISH)).contains("My kids!");
        assertThat(new YesNoAnswer().read(new Reply("YES!"), ENGLISH)).contains("yes");
        assertThat(new YesNoAnswer().read(new Reply("Nope."), ENGLISH)).contains("no");
        assertThat(new NumberAnswer(1, 5).read(new Reply("٤ - better"), ENGLISH)).contains("4");
        assertThat(COLOURS.read(new Reply("Number 2."), ENGLISH)).contains("green");
        assertThat(COLOURS.read(new Reply("SCARLET"), ENGLISH)).contains("red");
        assertThat(new DateAnswer().read(new Reply(" 31 DEC  2026 "), ENGLISH))
                .contains("2026-12-31");
        assertThat(new DateAnswer().read(new Reply("31/12/2026"), ENGLISH)).contains("2026-12-31");
    }
}
