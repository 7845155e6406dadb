package org.whatmatters.backend.console.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The history's diff: word by word, spaces kept, so what changed reads as it was typed. */
class ChangesTest {

    @Test
    void aChangedWordIsShownRemovedThenAddedAndTheRestUnchanged() {
        List<Changes.Piece> diff = Changes.diff("مزید: ویب سائٹ", "مزید: {privacy_url}");
        assertThat(diff)
                .containsExactly(
                        new Changes.Piece("مزید: ", "same"),
                        new Changes.Piece("ویب سائٹ", "removed"),
                        new Changes.Piece("{privacy_url}", "added"));
        assertThat(
                        String.join(
                                "",
                                diff.stream()
                                        .filter(piece -> !piece.kind().equals("removed"))
                                        .map(Changes.Piece::text)
                                        .toList()))
                .isEqualTo("مزید: {privacy_url}");
    }

    @Test
    void theFirstVersionIsAllAddedAndAnUnchangedTextAllTheSame() {
        assertThat(Changes.diff("", "Dzień dobry"))
                .containsExactly(new Changes.Piece("Dzień dobry", "added"));
        assertThat(Changes.diff("Dzień dobry", "Dzień dobry"))
                .containsExactly(new Changes.Piece("Dzień dobry", "same"));
    }
}
