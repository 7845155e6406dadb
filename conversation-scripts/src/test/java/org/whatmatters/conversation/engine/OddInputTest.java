package org.whatmatters.conversation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What people really send: nothing, far too much, emoji, right-to-left text, things that look like
 * code.
 */
class OddInputTest {

    private Chat chat;

    @BeforeEach
    void atTheFreeTextQuestion() {
        chat = Chat.onTestFlows();
        chat.facts.put("name", "Jo");
        chat.send("hi");
        chat.send("1");
        chat.send("yes");
        chat.send("3");
        chat.send("1/1/2027");
    }

    @Test
    void anEmptyMessageIsNotAnAnswer() {
        assertThat(chat.send("")).containsExactly("Anything else, Jo?");
        assertThat(chat.send("   ")).containsExactly("Anything else, Jo?");
        assertThat(chat.facts).doesNotContainKey("words");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert('x')</script>",
                "'; DROP TABLE person; --",
                "I'd like a bike 🚲🙂 to get out more",
                "أريد دراجة لأخرج أكثر",
                "مجھے سائیکل چاہیے 07700 900123 پر فون کریں",
                "{name} {0} %s ${jndi:ldap://x}"
            })
    void oddButRealTextIsKeptExactlyAsWritten(String text) {
        chat.send(text);

        assertThat(chat.facts).containsEntry("words", text);
        assertThat(chat.last.messages())
                .extracting(Outgoing::body)
                .containsExactly("Last question?");
    }

    @Test
    void sixteenHundredCharactersAreKeptWhole() {
        String essay = "I used to love painting. ".repeat(64);

        chat.send(essay);

        assertThat(chat.facts.get("words")).isEqualTo(essay.strip()).hasSize(1599);
    }

    @ParameterizedTest
    @CsvSource({"٢, ur, 2", "۲, ur, 2", "৪, bn, 4", "੩, pa, 3", "2, ur, 2"})
    void digitsInArabicUrduBengaliAndGurmukhiAnswerAChoiceAndANumberQuestion(
            String digit, String language, String number) {
        Chat welcome = Chat.onShippedScripts();
        welcome.send("hi");
        welcome.send(digit);
        assertThat(welcome.facts).as("the language choice").containsEntry("language", language);

        Chat score = Chat.onTestFlows();
        score.send("hi");
        score.send("1");
        score.send("yes");
        assertThat(score.send(digit)).as("a number from 1 to 5").containsExactly("When?");
        assertThat(score.facts).containsEntry("score", number);
    }

    @Test
    void aDateInArabicIndicDigitsIsReadToo() {
        Chat fresh = Chat.onTestFlows();
        fresh.facts.put("name", "Jo");
        fresh.send("hi");
        fresh.send("1");
        fresh.send("yes");
        fresh.send("3");

        assertThat(fresh.send("٣١/١٢/٢٠٢٦")).containsExactly("Anything else, Jo?");
        assertThat(fresh.facts).containsEntry("when", "2026-12-31");
    }

    @Test
    void aNumberWhereAChoiceIsExpectedThatIsNotAnOptionGetsTheHint() {
        Chat fresh = Chat.onTestFlows();
        fresh.send("hi");

        assertThat(fresh.send("12")).containsExactly("Reply 1, 2 or 3.");
        assertThat(fresh.send("0")).containsExactly("Reply 1, 2 or 3.");
        assertThat(fresh.send("🙂"))
                .containsExactly(
                        "Thank you. Let's move on, we've kept what you wrote.",
                        "Are you 18 or over?");
    }
}
