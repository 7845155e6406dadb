package org.whatmatters.translations.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class MessageFormatsTest {

    private static final String PLURAL =
            "{days, plural, one {# day} few {# dni} many {# dni} other {# days}} for {name}";

    @Test
    void oneCompiledPatternFollowsEachLanguagesPluralRules() {
        assertThat(MessageFormats.format(PLURAL, "en", Map.of("days", 1, "name", "Dee")))
                .isEqualTo("1 day for Dee");
        assertThat(MessageFormats.format(PLURAL, "en", Map.of("days", 3, "name", "Dee")))
                .isEqualTo("3 days for Dee");
        // the same text in Polish is its own compiled format: 3 is "few" there
        assertThat(MessageFormats.format(PLURAL, "pl", Map.of("days", 3, "name", "Ola")))
                .isEqualTo("3 dni for Ola");
    }

    @Test
    void sharedFormatsGiveEachThreadItsOwnValues() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                int n = i % 999; // below 1,000: no grouping separator to spell out
                results.add(
                        pool.submit(
                                () ->
                                        MessageFormats.format(
                                                        PLURAL,
                                                        "en",
                                                        Map.of("days", n, "name", "P" + n))
                                                .equals(
                                                        n
                                                                + (n == 1 ? " day" : " days")
                                                                + " for P"
                                                                + n)));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
