package org.whatmatters.conversation.crisis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.whatmatters.conversation.engine.CrisisCheck;

/**
 * The crisis corpus ({@code src/test/resources/crisis-corpus/}): sentences written against the
 * kinds of crisis language, tagged with the tier they need, in a development set (tuned on) and a
 * held-out set (only scored).
 */
final class CrisisCorpus {

    static final List<String> LANGUAGES = List.of("en", "ur", "pa", "bn", "pl", "ar", "so");
    static final List<String> SETS = List.of("dev", "held-out");

    /** One sentence: where it is, the tier and kind it was written for. */
    record Line(
            String language,
            String set,
            int number,
            CrisisCheck.Tier tier,
            String kind,
            String text) {

        boolean ordinary() {
            return tier == CrisisCheck.Tier.NONE;
        }

        /**
         * Whether the assessment gives what the sentence needs: crisis for crisis, at least concern
         * for concern, nothing for ordinary.
         */
        boolean answeredBy(CrisisCheck.Assessment assessment) {
            return switch (tier) {
                case CRISIS -> assessment.tier() == CrisisCheck.Tier.CRISIS;
                case CONCERN -> assessment.tier() != CrisisCheck.Tier.NONE;
                case NONE -> assessment.tier() == CrisisCheck.Tier.NONE;
            };
        }

        @Override
        public String toString() {
            return where() + " " + kind();
        }

        String where() {
            return "crisis-corpus/" + set + "/" + language + ".tsv:" + number;
        }
    }

    private CrisisCorpus() {}

    static List<String> languages() {
        return LANGUAGES;
    }

    static List<Line> of(String set) {
        List<Line> all = new ArrayList<>();
        for (String language : LANGUAGES) {
            all.addAll(of(set, language));
        }
        return all;
    }

    static List<Line> of(String set, String language) {
        String resource = "/crisis-corpus/" + set + "/" + language + ".tsv";
        try (InputStream in = CrisisCorpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource);
            }
            List<Line> lines = new ArrayList<>();
            String[] rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
            for (int n = 1; n <= rows.length; n++) {
                String row = rows[n - 1];
                if (row.isBlank() || row.startsWith("#")) {
                    continue;
                }
                String[] cells = row.split("\t", 3);
                if (cells.length != 3) {
                    throw new IllegalStateException(
                            resource + ":" + n + ": want tier<TAB>kind<TAB>text");
                }
                lines.add(
                        new Line(
                                language,
                                set,
                                n,
                                CrisisCheck.Tier.valueOf(cells[0]),
                                cells[1],
                                cells[2]));
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
