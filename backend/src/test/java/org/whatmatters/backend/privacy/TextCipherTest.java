package org.whatmatters.backend.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Each thread keeps one cipher and re-initialises it for every value: values stay bound to their
 * row, and a value that fails to open leaves nothing behind for the next one on that thread.
 */
class TextCipherTest {

    private static final String KEY =
            Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    private final TextCipher cipher = new TextCipher(KEY, null);

    @Test
    void valuesSealedAndOpenedOnManyThreadsAtOnceComeBackAsWritten() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> all = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                all.add(
                        threads.submit(
                                () -> {
                                    for (int i = 0; i < 500; i++) {
                                        Binding row = Binding.row("fact", "value", "person_id", i);
                                        String plain = "answer " + thread + "/" + i;
                                        String sealed = cipher.seal(plain, row);
                                        if (!cipher.decrypt(sealed, row).equals(plain)) {
                                            return false;
                                        }
                                    }
                                    return true;
                                }));
            }
            for (Future<Boolean> one : all) {
                assertThat(one.get()).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aValueThatFailsToOpenDoesNotSpoilTheNextOnTheSameThread() {
        String sealed = cipher.seal("mine", Binding.row("fact", "value", "person_id", 1L));

        assertThatThrownBy(
                () -> cipher.decrypt(sealed, Binding.row("fact", "value", "person_id", 2L)));
        assertThat(cipher.decrypt(sealed, Binding.row("fact", "value", "person_id", 1L)))
                .isEqualTo("mine");
        assertThat(cipher.seal("again", Binding.row("fact", "value", "person_id", 1L)))
                .isNotEqualTo(cipher.seal("again", Binding.row("fact", "value", "person_id", 1L)));
    }
}
