package org.whatmatters.backend.alert;

import static org.whatmatters.notifications.delivery.DeliveryChannel.EMAIL;
import static org.whatmatters.notifications.delivery.DeliveryChannel.PUSH;
import static org.whatmatters.notifications.delivery.DeliveryChannel.SMS;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.whatmatters.backend.coordinator.CareDirectory;
import org.whatmatters.backend.coordinator.CareTeam;
import org.whatmatters.backend.coordinator.Coordinator;
import org.whatmatters.backend.person.Fact;
import org.whatmatters.backend.person.FactRepository;
import org.whatmatters.backend.person.PersonEvent;
import org.whatmatters.backend.referral.Referral;
import org.whatmatters.backend.referral.ReferralRepository;
import org.whatmatters.backend.security.Role;
import org.whatmatters.backend.staff.StaffAccount;
import org.whatmatters.backend.staff.StaffAccountRepository;
import org.whatmatters.notifications.delivery.DeliveryChannel;

/**
 * Who is told of what, by the table in issue 6:
 *
 * <ul>
 *   <li>crisis: the coordinator if known, and always the team duty worker (urgent);
 *   <li>new self-referral, "what matters" completed: the coordinator, if the person consented;
 *   <li>declined further contact or opted out, unreachable, feedback, a delivery problem: the
 *       partner, and the coordinator if the person consented;
 *   <li>a request for a call, signposting help wanted, distress without a stated risk (concern):
 *       the partner;
 *   <li>a message that could not be handled: the partner (before any referral, the team taking
 *       crisis alerts).
 * </ul>
 *
 * Without consent a coordinator hears nothing, except of a crisis (duty of care, configurable). A
 * crisis with no coordinator and no duty team known goes to the partner and its lead, so it always
 * reaches someone.
 */
@Singleton
class AlertTargets {

    static final String CONSENT = "consent_share_coordinator";
    private static final Set<String> FOR_PARTNER_AND_CONSENTED_COORDINATOR =
            Set.of(
                    "OPTED_OUT",
                    "FOLLOW_UPS_DECLINED",
                    "UNREACHABLE",
                    "FEEDBACK_RECEIVED",
                    "DELIVERY_PROBLEM");
    private static final Set<String> FOR_CONSENTED_COORDINATOR =
            Set.of("REFERRED", "WHAT_MATTERS_DONE");
    private static final Set<String> FOR_PARTNER =
            Set.of("TALK_REQUESTED", "SIGNPOSTING_HELP_WANTED", "CONCERN");

    /**
     * A message from the person that could not be handled after every attempt (the inbox gave it
     * up).
     */
    private static final String MESSAGE_FAILED = "MESSAGE_FAILED";

    private final CareDirectory directory;
    private final FactRepository facts;
    private final ReferralRepository referrals;
    private final PartnerContactsRepository partners;
    private final StaffAccountRepository accounts;
    private final StaffDeviceRepository devices;
    private final AlertSettings settings;

    AlertTargets(
            CareDirectory directory,
            FactRepository facts,
            ReferralRepository referrals,
            PartnerContactsRepository partners,
            StaffAccountRepository accounts,
            StaffDeviceRepository devices,
            AlertSettings settings) {
        this.directory = directory;
        this.facts = facts;
        this.referrals = referrals;
        this.partners = partners;
        this.accounts = accounts;
        this.devices = devices;
        this.settings = settings;
    }

    /**
     * Who is told of this event first. Only what the event's kind needs is read: an event that
     * alerts nobody (a language change, a skipped question: most of a conversation's events) reads
     * no fact and nothing of the directory, and consent is read (one fact, not all of them) only
     * for kinds that a coordinator may hear of.
     */
    List<AlertTarget> first(PersonEvent event) {
        String kind = event.kind();
        if (!alertsAnyone(kind)) {
            return List.of();
        }
        Long person = event.personId();
        List<AlertTarget> targets = new ArrayList<>();
        if ("CRISIS".equals(kind)) {
            boolean consented = consented(person);
            Optional<Coordinator> coordinator = directory.coordinatorOf(person);
            Optional<CareTeam> team = coordinator.flatMap(directory::teamOf);
            coordinator.ifPresent(
                    c ->
                            targets.add(
                                    coordinator(
                                            c,
                                            team,
                                            consented
                                                    || settings.crisisIdentifiesWithoutConsent())));
            team.or(directory::defaultCrisisTeam)
                    .ifPresent(duty -> targets.add(dutyWorker(duty, true)));
            if (targets.isEmpty()) {
                partner(person, consented).ifPresent(targets::add);
                lead(person).ifPresent(targets::add);
            }
        } else if (FOR_CONSENTED_COORDINATOR.contains(kind)) {
            if (consented(person)) {
                consentedCoordinator(person).ifPresent(targets::add);
            }
        } else if (FOR_PARTNER_AND_CONSENTED_COORDINATOR.contains(kind)) {
            partner(person, true).ifPresent(targets::add);
            if (consented(person)) {
                consentedCoordinator(person).ifPresent(targets::add);
            }
        } else if (FOR_PARTNER.contains(kind)) {
            partner(person, true).ifPresent(targets::add);
        } else if (MESSAGE_FAILED.equals(kind)) {
            // someone must read what could not be handled: the partner, or before any referral the
            // team taking crisis alerts
            partner(person, true)
                    .or(() -> directory.crisisTeamFor(person).map(duty -> dutyWorker(duty, true)))
                    .ifPresent(targets::add);
        }
        return targets;
    }

    /**
     * Whether any recipient is ever told of this kind of event (decided by its kind alone, before
     * anything is read).
     */
    static boolean alertsAnyone(String kind) {
        return "CRISIS".equals(kind)
                || MESSAGE_FAILED.equals(kind)
                || FOR_CONSENTED_COORDINATOR.contains(kind)
                || FOR_PARTNER_AND_CONSENTED_COORDINATOR.contains(kind)
                || FOR_PARTNER.contains(kind);
    }

    /**
     * The person's current answer to sharing with their coordinator: their newest consent fact
     * only.
     */
    private boolean consented(Long person) {
        List<Fact> answers = facts.findByPersonIdInAndNameOrderById(List.of(person), CONSENT);
        return !answers.isEmpty()
                && "yes".equalsIgnoreCase(answers.get(answers.size() - 1).content());
    }

    private Optional<AlertTarget> consentedCoordinator(Long person) {
        return directory.coordinatorOf(person).map(c -> coordinator(c, directory.teamOf(c), true));
    }

    /**
     * Who an unacknowledged alert escalates to: the team duty worker (of the coordinator's team, or
     * the team taking crisis alerts), then for urgent ones the partner's lead. Routine alerts the
     * coordinator never had (no consent) go to the partner's lead instead: a duty worker could not
     * be shown what it is about.
     */
    List<AlertTarget> escalation(PersonEvent event, int level, boolean coordinatorWasTold) {
        Long person = event.personId();
        boolean identifying = event.urgency() == PersonEvent.Urgency.URGENT || coordinatorWasTold;
        if (level == 1 && (event.urgency() == PersonEvent.Urgency.URGENT || coordinatorWasTold)) {
            Optional<CareTeam> team = directory.crisisTeamFor(person);
            if (team.isPresent()) {
                return List.of(dutyWorker(team.get(), identifying));
            }
        }
        return lead(person).map(List::of).orElse(List.of());
    }

    private AlertTarget coordinator(
            Coordinator coordinator, Optional<CareTeam> team, boolean identifying) {
        List<DeliveryChannel> order =
                new ArrayList<>(
                        new LinkedHashSet<>(
                                List.of(coordinator.preferredChannel(), PUSH, SMS, EMAIL)));
        List<Long> push =
                coordinator.staffAccountId() == null
                        ? List.of()
                        : withDevices(List.of(coordinator.staffAccountId()));
        return new AlertTarget(
                Recipient.COORDINATOR,
                coordinator.id(),
                coordinator.name(),
                coordinator.phone(),
                coordinator.email(),
                push,
                order,
                identifying,
                team.map(CareTeam::hours).orElse(null));
    }

    private static AlertTarget dutyWorker(CareTeam team, boolean identifying) {
        return new AlertTarget(
                Recipient.DUTY_WORKER,
                team.id(),
                "duty worker, " + team.name(),
                team.dutyPhone(),
                team.dutyEmail(),
                List.of(),
                List.of(SMS, EMAIL),
                identifying,
                null);
    }

    private Optional<AlertTarget> partner(Long person, boolean identifying) {
        return organisationOf(person)
                .map(
                        organisation -> {
                            PartnerContacts contacts = partners.findById(organisation).orElse(null);
                            List<Long> staff =
                                    accounts
                                            .findByOrganisationIdAndRoleAndEnabled(
                                                    organisation, Role.PARTNER, true)
                                            .stream()
                                            .map(StaffAccount::id)
                                            .toList();
                            return new AlertTarget(
                                    Recipient.PARTNER,
                                    organisation,
                                    "delivery partner",
                                    contacts == null ? null : contacts.alertPhone(),
                                    contacts == null ? null : contacts.alertEmail(),
                                    withDevices(staff),
                                    List.of(PUSH, EMAIL, SMS),
                                    identifying,
                                    null);
                        });
    }

    private Optional<AlertTarget> lead(Long person) {
        return organisationOf(person)
                .flatMap(partners::findById)
                .filter(contacts -> contacts.leadEmail() != null || contacts.leadPhone() != null)
                .map(
                        contacts ->
                                new AlertTarget(
                                        Recipient.PARTNER_LEAD,
                                        contacts.organisationId(),
                                        contacts.leadName() == null
                                                ? "partner lead"
                                                : contacts.leadName(),
                                        contacts.leadPhone(),
                                        contacts.leadEmail(),
                                        List.of(),
                                        List.of(SMS, EMAIL),
                                        true,
                                        null));
    }

    /**
     * The accounts among these with a phone registered for push: push is a channel only for them.
     */
    private List<Long> withDevices(List<Long> accounts) {
        return accounts.isEmpty()
                ? List.of()
                : devices.findByStaffAccountIdIn(accounts).stream()
                        .map(StaffDevice::staffAccountId)
                        .distinct()
                        .toList();
    }

    private Optional<Long> organisationOf(Long person) {
        return referrals.findFirstByPersonIdOrderByIdDesc(person).map(Referral::organisationId);
    }
}
