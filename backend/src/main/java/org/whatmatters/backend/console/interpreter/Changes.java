package org.whatmatters.backend.console.interpreter;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.whatmatters.backend.time.UkTime;
import org.whatmatters.backend.translation.TranslationChange;

/**
 * A translation's history as the review page shows it: who, when, what, why, and a word-level diff
 * from the version before.
 */
final class Changes {

    /** A run of words: unchanged, removed or added. */
    public record Piece(String text, String kind) {}

    /** One change, newest first on the page. */
    public record Change(
            String who,
            String when,
            String action,
            String state,
            String comment,
            List<Piece> diff) {}

    private Changes() {}

    static List<Change> of(List<TranslationChange> history) {
        List<Change> changes = new ArrayList<>();
        String before = "";
        for (TranslationChange change : history) {
            String after = change.content() == null ? "" : change.content();
            changes.add(
                    new Change(
                            change.actor(),
                            UkTime.brief(change.at()),
                            change.action().name().toLowerCase().replace('_', ' '),
                            change.state().name().toLowerCase(),
                            change.comment(),
                            diff(before, after)));
            before = after;
        }
        Collections.reverse(changes);
        return changes;
    }

    /** Word by word (spaces kept), with java-diff-utils' Myers diff. */
    static List<Piece> diff(String before, String after) {
        List<String> a = words(before);
        List<String> b = words(after);
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            int start = delta.getSource().getPosition();
            if (start > at) {
                pieces.add(new Piece(String.join("", a.subList(at, start)), "same"));
            }
            if (!delta.getSource().getLines().isEmpty()) {
                pieces.add(new Piece(String.join("", delta.getSource().getLines()), "removed"));
            }
            if (!delta.getTarget().getLines().isEmpty()) {
                pieces.add(new Piece(String.join("", delta.getTarget().getLines()), "added"));
            }
            at = start + delta.getSource().size();
        }
        if (at < a.size()) {
            pieces.add(new Piece(String.join("", a.subList(at, a.size())), "same"));
        }
        return pieces;
    }

    private static List<String> words(String text) {
        return text.isEmpty() ? List.of() : Arrays.asList(text.split("(?<=\\s)|(?=\\s)"));
    }
}
