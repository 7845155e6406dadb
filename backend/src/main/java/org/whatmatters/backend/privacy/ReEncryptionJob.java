package org.whatmatters.backend.privacy;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-encryption without anyone asking: once {@link StoredKeyIds} has checked at start-up that no
 * stored value is under a key that is no longer configured (which stops the service, one line
 * naming the key id), on Micronaut's task scheduler every RE_ENCRYPTION_INTERVAL one batch of
 * RE_ENCRYPTION_BATCH_SIZE values per column is moved onto the current key and bound to its row
 * ({@link ReEncryption}), until nothing is left, which it says once in the log, naming the old key
 * ids that can now be removed from DATA_ENCRYPTION_OLD_KEYS. The keyring only changes with a
 * restart, so once done it rests (its first run, one interval after the start and not part of it,
 * still reads each column once to find what is left). Several instances may run it at once: each
 * rewrite checks the value it replaces.
 */
@Singleton
class ReEncryptionJob {

    private static final Logger LOG = LoggerFactory.getLogger(ReEncryptionJob.class);

    private final ReEncryption reEncryption;
    private final Keyring keyring;
    private final ReEncryptionSettings settings;
    private final TaskScheduler scheduler;
    private volatile boolean done;

    ReEncryptionJob(
            ReEncryption reEncryption,
            TextCipher cipher,
            ReEncryptionSettings settings,
            @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler) {
        this.reEncryption = reEncryption;
        this.keyring = cipher.keyring();
        this.settings = settings;
        this.scheduler = scheduler;
    }

    @EventListener
    void onStartup(StartupEvent startup) {
        scheduler.scheduleWithFixedDelay(
                settings.interval(), settings.interval(), this::runScheduled);
    }

    private void runScheduled() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            // the exception's class only: a database error's message can quote values
            LOG.error(
                    "re-encryption failed ({}); it runs again at its next interval",
                    e.getClass().getSimpleName());
        }
    }

    /**
     * One batch, unless everything is done; {@code true} while values remain off the current key or
     * format.
     */
    boolean runOnce() {
        if (done) {
            return false;
        }
        ReEncryption.Batch batch = reEncryption.next(settings.batchSize());
        if (batch.remaining() > 0) {
            LOG.info(
                    "re-encryption: {} values rewritten, {} to go",
                    batch.rewritten(),
                    batch.remaining());
            return true;
        }
        done = true;
        List<String> old =
                keyring.ids().stream().filter(id -> !id.equals(keyring.currentId())).toList();
        if (old.isEmpty()) {
            LOG.info(
                    "re-encryption: every stored value is on key {} and bound to its row",
                    keyring.currentId());
        } else {
            LOG.info(
                    "re-encryption: every stored value is on key {}; old key(s) {} can be removed from DATA_ENCRYPTION_OLD_KEYS",
                    keyring.currentId(),
                    old);
        }
        return false;
    }
}
