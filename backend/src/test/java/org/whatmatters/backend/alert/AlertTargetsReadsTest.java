package org.whatmatters.backend.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.whatmatters.backend.coordinator.CareDirectory;
import org.whatmatters.backend.person.Fact;
import org.whatmatters.backend.person.FactRepository;
import org.whatmatters.backend.person.PersonEvent;
import org.whatmatters.backend.referral.ReferralRepository;
import org.whatmatters.backend.staff.StaffAccountRepository;

/**
 * Most of a conversation's events alert nobody (a question skipped, a language changed, a script
 * finished): for them nothing is read, neither the person's facts nor the care directory, nor the
 * partner's contacts. Kinds that only the partner hears of read no consent and no coordinator;
 * consent is read as one fact, not all of them.
 */
class AlertTargetsReadsTest {

    private final CareDirectory directory = mock(CareDirectory.class);
    private final FactRepository facts = mock(FactRepository.class);
    private final ReferralRepository referrals = mock(ReferralRepository.class);
    private final PartnerContactsRepository partners = mock(PartnerContactsRepository.class);
    private final StaffAccountRepository accounts = mock(StaffAccountRepository.class);
    private final StaffDeviceRepository devices = mock(StaffDeviceRepository.class);
    private final AlertTargets targets =
            new AlertTargets(
                    directory,
                    facts,
                    referrals,
                    partners,
                    accounts,
                    devices,
                    new AlertSettings(
                            Duration.ofMinutes(30),
                            Duration.ofMinutes(30),
                            2,
                            "true",
                            "",
                            LocalTime.of(9, 0),
                            LocalTime.of(17, 0),
                            3,
                            Duration.ofMinutes(1),
                            Duration.ofDays(7)));

    @ParameterizedTest
    @ValueSource(
            strings = {
                "QUESTION_SKIPPED",
                "LANGUAGE_CHANGED",
                "SCRIPT_FINISHED",
                "STATUS_REQUESTED",
                "POSTPONED",
                "OPTED_IN"
            })
    void anEventThatAlertsNobodyReadsNothing(String kind) {
        assertThat(targets.first(event(kind))).isEmpty();

        verifyNoInteractions(directory, facts, referrals, partners, accounts, devices);
    }

    @ParameterizedTest
    @ValueSource(strings = {"TALK_REQUESTED", "SIGNPOSTING_HELP_WANTED", "CONCERN"})
    void anEventForThePartnerAloneReadsNoFactAndNoCoordinator(String kind) {
        targets.first(event(kind));

        verifyNoInteractions(directory, facts);
        verify(referrals).findFirstByPersonIdOrderByIdDesc(7L);
    }

    @Test
    void withoutConsentACoordinatorsEventReadsTheConsentOnlyAndNotTheDirectory() {
        when(facts.findByPersonIdInAndNameOrderById(anyCollection(), eq(AlertTargets.CONSENT)))
                .thenReturn(
                        List.of(
                                new Fact(
                                        1L,
                                        7L,
                                        AlertTargets.CONSENT,
                                        "yes",
                                        "self-referral",
                                        1,
                                        "consent",
                                        "sms",
                                        Instant.EPOCH),
                                new Fact(
                                        2L,
                                        7L,
                                        AlertTargets.CONSENT,
                                        "no",
                                        "self-referral",
                                        1,
                                        "consent",
                                        "sms",
                                        Instant.EPOCH)));

        assertThat(targets.first(event("REFERRED"))).as("their newest answer is no").isEmpty();

        verify(facts).findByPersonIdInAndNameOrderById(List.of(7L), AlertTargets.CONSENT);
        verify(facts, never()).findLatestByPersonId(anyLong());
        verifyNoInteractions(directory);
    }

    @Test
    void aCrisisStillReadsWhatItNeeds() {
        when(facts.findByPersonIdInAndNameOrderById(anyCollection(), any())).thenReturn(List.of());
        when(directory.coordinatorOf(7L)).thenReturn(Optional.empty());
        when(directory.defaultCrisisTeam()).thenReturn(Optional.empty());

        targets.first(
                new PersonEvent(
                        1L,
                        7L,
                        "CRISIS",
                        PersonEvent.Urgency.URGENT,
                        null,
                        Instant.EPOCH,
                        null,
                        null));

        verify(directory).coordinatorOf(7L);
        verify(directory).defaultCrisisTeam();
    }

    private static PersonEvent event(String kind) {
        return new PersonEvent(
                1L, 7L, kind, PersonEvent.Urgency.INFO, null, Instant.EPOCH, null, null);
    }
}
