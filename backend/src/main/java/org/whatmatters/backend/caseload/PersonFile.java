package org.whatmatters.backend.caseload;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.whatmatters.backend.coordinator.CareDirectory;
import org.whatmatters.backend.coordinator.CareTeam;
import org.whatmatters.backend.followup.ContactView;
import org.whatmatters.backend.followup.FollowUps;
import org.whatmatters.backend.message.InboundMessageRepository;
import org.whatmatters.backend.outbox.OutboundMessageRepository;
import org.whatmatters.backend.person.FactRepository;
import org.whatmatters.backend.person.Person;
import org.whatmatters.backend.person.PersonEvent;
import org.whatmatters.backend.person.PersonEventRepository;
import org.whatmatters.backend.person.PersonRepository;
import org.whatmatters.backend.referral.PartnerAccess;
import org.whatmatters.backend.referral.Referral;
import org.whatmatters.backend.referral.ReferralChangeRepository;
import org.whatmatters.backend.referral.ReferralView;
import org.whatmatters.backend.signposting.SignpostOffers;

/**
 * One person in a partner's caseload: everything they told us, in their own words, with their
 * referral, follow-ups, alerts and signposting; and the full transcript of their messages across
 * channels. Read by the API ({@code /partner/people/{id}}) and the console's person page alike;
 * only the partner's own organisation's people.
 */
@Singleton
public class PersonFile {

    @Serdeable
    public record Alert(
            String kind,
            PersonEvent.Urgency urgency,
            Instant at,
            @Nullable String detail,
            @Nullable Instant handledAt) {}

    @Serdeable
    public record Summary(
            Long personId,
            String phone,
            String language,
            @Nullable Instant optedOutAt,
            @Nullable Instant followUpsDeclinedAt,
            ReferralView referral,
            @Nullable LinkedCoordinator coordinator,
            Map<String, Map<String, String>> answers,
            List<ContactView> followUps,
            List<Alert> alerts,
            List<SignpostOffers.OfferView> signposting) {}

    /**
     * The coordinator from the directory the partner linked to this person (what the person said is
     * in the answers).
     */
    @Serdeable
    public record LinkedCoordinator(
            Long id,
            String name,
            @Nullable String team,
            @Nullable String phone,
            @Nullable String email) {}

    @Serdeable
    public record Message(
            Instant at, String direction, String channel, String text, @Nullable String status) {}

    private final PartnerAccess access;
    private final PersonRepository people;
    private final FactRepository facts;
    private final ReferralChangeRepository referralChanges;
    private final FollowUps followUps;
    private final PersonEventRepository events;
    private final SignpostOffers offers;
    private final InboundMessageRepository inbound;
    private final OutboundMessageRepository outbound;
    private final CareDirectory directory;

    PersonFile(
            PartnerAccess access,
            PersonRepository people,
            FactRepository facts,
            ReferralChangeRepository referralChanges,
            FollowUps followUps,
            PersonEventRepository events,
            SignpostOffers offers,
            InboundMessageRepository inbound,
            OutboundMessageRepository outbound,
            CareDirectory directory) {
        this.access = access;
        this.people = people;
        this.facts = facts;
        this.referralChanges = referralChanges;
        this.followUps = followUps;
        this.events = events;
        this.offers = offers;
        this.inbound = inbound;
        this.outbound = outbound;
        this.directory = directory;
    }

    public Summary summary(Long personId, Authentication authentication) {
        Referral referral = access.referralFor(personId, authentication);
        Person person = people.findById(personId).orElseThrow();
        Map<String, String> answers = facts.currentFor(personId);
        String language = answers.getOrDefault("language", "en");
        return new Summary(
                personId,
                person.phoneE164(),
                language,
                person.optedOutAt(),
                person.followUpsDeclinedAt(),
                ReferralView.of(referral, referralChanges.findByReferralIdOrderById(referral.id())),
                directory
                        .coordinatorOf(personId)
                        .map(
                                c ->
                                        new LinkedCoordinator(
                                                c.id(),
                                                c.name(),
                                                directory
                                                        .teamOf(c)
                                                        .map(CareTeam::name)
                                                        .orElse(null),
                                                c.phone(),
                                                c.email()))
                        .orElse(null),
                AnswerGroups.of(answers),
                followUps.of(personId).stream().map(ContactView::of).toList(),
                events.findByPersonIdOrderById(personId).stream()
                        .filter(event -> event.urgency() != PersonEvent.Urgency.INFO)
                        .map(
                                event ->
                                        new Alert(
                                                event.kind(),
                                                event.urgency(),
                                                event.createdAt(),
                                                event.detail(),
                                                event.handledAt()))
                        .toList(),
                offers.of(personId));
    }

    /** Every message to and from the person, oldest first, whichever channel it went by. */
    public List<Message> transcript(Long personId, Authentication authentication) {
        access.referralFor(personId, authentication);
        List<Message> messages = new ArrayList<>();
        inbound.findByPersonIdOrderById(personId)
                .forEach(
                        message ->
                                messages.add(
                                        new Message(
                                                message.receivedAt(),
                                                "from person",
                                                message.channel().name(),
                                                message.body(),
                                                message.failedAt() != null
                                                        ? "could not be handled"
                                                        : null)));
        outbound.findByPersonIdOrderById(personId)
                .forEach(
                        message ->
                                messages.add(
                                        new Message(
                                                message.createdAt(),
                                                "to person",
                                                message.channel().name(),
                                                message.body(),
                                                message.deliveryStatus() != null
                                                        ? message.deliveryStatus()
                                                        : message.status()
                                                                .name()
                                                                .toLowerCase(
                                                                        java.util.Locale.ROOT))));
        messages.sort(Comparator.comparing(Message::at));
        return messages;
    }
}
