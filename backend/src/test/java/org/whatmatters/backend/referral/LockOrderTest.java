package org.whatmatters.backend.referral;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.person.PersonRepository;
import org.whatmatters.backend.support.WithAPartner;

/**
 * One lock order, the person before the referral: a partner accepting a referral at the very moment
 * the person's reply finishes "what matters to me" (the reply's turn locks the person, then moves
 * the referral on) neither deadlocks nor loses either change. With the old order (accept locked the
 * referral, then the person to tell them) the two waited for each other and the database killed
 * one.
 */
@MicronautTest(environments = "test", transactional = false)
class LockOrderTest extends WithAPartner {

    private static final int ROUNDS = 40;

    @Inject ReferralRepository referralRepository;
    @Inject ReferralChangeRepository changes;
    @Inject PersonRepository personRepository;
    @Inject TransactionOperations<Connection> transactions;

    @Test
    void aPartnersAcceptAndThePersonsReplyAtTheSameMomentBothHappen() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<String> failures = new ArrayList<>();
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Long person =
                        referred(
                                String.format("+4477009%05d", 100 + round),
                                Map.of("preferred_name", "Dee"));
                Long referral =
                        referralRepository
                                .findFirstByPersonIdOrderByIdDesc(person)
                                .orElseThrow()
                                .id();
                CyclicBarrier together = new CyclicBarrier(2);
                Future<?> accept =
                        threads.submit(
                                () -> {
                                    together.await();
                                    return referrals.accept(
                                            referral,
                                            "staff:sam.partner",
                                            "Sam at Mind",
                                            "plan agreed");
                                });
                Future<?> reply =
                        threads.submit(
                                () -> {
                                    together.await();
                                    // the reply's turn: the person's lock (ConversationTurns), then
                                    // the referral moved on (ReferralSteps)
                                    return transactions.executeWrite(
                                            status -> {
                                                personRepository.lockById(person).orElseThrow();
                                                referrals.whatMattersDone(person);
                                                return null;
                                            });
                                });
                for (Future<?> done : List.of(accept, reply)) {
                    try {
                        done.get(30, TimeUnit.SECONDS);
                    } catch (java.util.concurrent.ExecutionException e) {
                        failures.add("round " + round + ": " + rootCause(e));
                    }
                }
                Referral after = referralRepository.findById(referral).orElseThrow();
                List<ReferralStatus> history =
                        changes.findByReferralIdOrderById(referral).stream()
                                .map(ReferralChange::toStatus)
                                .toList();
                assertThat(after.status())
                        .as("round %d: the accept is not lost (history %s)", round, history)
                        .isEqualTo(ReferralStatus.ACCEPTED);
                assertThat(history)
                        .as("round %d", round)
                        .containsOnlyOnce(ReferralStatus.ACCEPTED)
                        .endsWith(ReferralStatus.ACCEPTED);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(failures).as("no deadlock, no lock wait timeout").isEmpty();
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
