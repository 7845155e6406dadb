package org.whatmatters.conversation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.whatmatters.conversation.script.ScriptLibrary;

/**
 * A turn the host has just checked for crisis language (its inbox safety check, with the engine's
 * own lists) carries the finding, and the engine does not check the text a second time; a turn
 * without one is checked as before.
 */
class CheckedTurnTest {

    private final List<String> checkedTexts = new ArrayList<>();

    /** The test flows with a crisis check that matches "end it" and counts what it reads. */
    private Chat chat() {
        CrisisCheck counting =
                text -> {
                    checkedTexts.add(text);
                    return text.toLowerCase().contains("end it")
                            ? Optional.of("en:end it")
                            : Optional.empty();
                };
        Chat chat =
                new Chat(
                        ScriptLibrary.fromFolder(Path.of("src/test/resources/flows/ok")), counting);
        chat.send("hi");
        checkedTexts.clear();
        return chat;
    }

    @Test
    void aTurnTheHostFoundNothingInIsNotCheckedAgainAndMovesOn() {
        Chat chat = chat();

        assertThat(chat.sendChecked("2", CrisisCheck.Assessment.NONE))
                .containsExactly("Are you 18 or over?");
        assertThat(checkedTexts).isEmpty();
    }

    @Test
    void aTurnWithoutTheHostsFindingIsCheckedByTheEngine() {
        Chat chat = chat();

        assertThat(chat.send("I want to end it")).singleElement().asString().contains("999");
        assertThat(checkedTexts).containsExactly("I want to end it");
        assertThat(chat.events).contains(new EngineEvent.CrisisDetected("en:end it"));
    }

    @Test
    void theHostsCrisisFindingGetsCrisisSupportWithWhatItMatched() {
        Chat chat = chat();
        CrisisCheck.Assessment found =
                new CrisisCheck.Assessment(CrisisCheck.Tier.CRISIS, "intent", "en:end it all");

        assertThat(chat.sendChecked("I want to end it all", found))
                .singleElement()
                .asString()
                .contains("999");
        assertThat(checkedTexts).isEmpty();
        assertThat(chat.events).contains(new EngineEvent.CrisisDetected("en:end it all"));
        assertThat(chat.state.at()).isEqualTo(new Position("main", 2, "colour"));
    }
}
