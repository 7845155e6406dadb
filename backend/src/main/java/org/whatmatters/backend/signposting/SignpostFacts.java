package org.whatmatters.backend.signposting;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.whatmatters.backend.conversation.HostFacts;
import org.whatmatters.backend.followup.FollowUpContact;
import org.whatmatters.backend.followup.RunningContacts;
import org.whatmatters.conversation.engine.ConversationState;
import org.whatmatters.conversation.engine.Engine;

/**
 * What the follow-up conversation needs from signposting: the three services to offer (names, and
 * how to get in touch) chosen from the person's own "what matters" words, their area and their
 * language — kept as offered for the rest of that offer — and the service they asked about last
 * time, to ask whether they tried it. Fewer than three good matches: nothing is offered, and the
 * partner is asked to help instead.
 */
@Singleton
class SignpostFacts implements HostFacts {

    static final String IDS = "signpost_ids";
    static final String ASKED = "signpost_asked";
    static final String SCRIPT = "signposting";
    static final int OFFERED = 3;

    /**
     * Contact 3's question "would you like to hear about local groups...?", whose YES leads to the
     * offer.
     */
    static final String WOULD_YOU_LIKE_TO_HEAR = "signposting";

    /** The answers that say, in their own words, what matters to them and how things are going. */
    static final List<String> OWN_WORDS =
            List.of(
                    "who_matters",
                    "admired_qualities",
                    "stopped_enjoying",
                    "beliefs",
                    "get_well",
                    "one_thing",
                    "know_it_helped",
                    "going_words",
                    "difference_made");

    private final SignpostMatcher matcher;
    private final Directory directory;
    private final SignpostOfferRepository offers;
    private final RunningContacts running;
    private final Engine engine;

    SignpostFacts(
            SignpostMatcher matcher,
            Directory directory,
            SignpostOfferRepository offers,
            RunningContacts running,
            Engine engine) {
        this.matcher = matcher;
        this.directory = directory;
        this.offers = offers;
        this.running = running;
        this.engine = engine;
    }

    @Override
    public Map<String, String> factsFor(
            Long personId,
            ConversationState state,
            Map<String, String> saved,
            @Nullable String starting) {
        String script =
                starting != null
                        ? starting
                        : state.at() == null || state.finished() ? null : state.at().script();
        if (script == null || !engine.isFollowUp(script)) {
            return Map.of();
        }
        Map<String, String> facts = new HashMap<>();
        Optional<SignpostOffer> latest = offers.findFirstByPersonIdOrderByIdDesc(personId);
        Long contact = running.current(personId).orElse(null);
        latest.filter(offer -> offer.used() == null && !Objects.equals(offer.contactId(), contact))
                .map(SignpostOffer::firstAskedName)
                .ifPresent(name -> facts.put(ASKED, name));
        if (!offerReachable(script, state, starting)) {
            return facts; // no need to rank the directory for a step that cannot reach the offer
        }
        boolean offerUnderWay =
                starting == null && SCRIPT.equals(script) && state.waiting() && latest.isPresent();
        List<LocalService> offered =
                offerUnderWay ? asOffered(latest.get()) : bestFor(saved, state.language());
        if (offered.size() == OFFERED) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < OFFERED; i++) {
                LocalService service = offered.get(i);
                facts.put("signpost_" + (i + 1), service.name());
                facts.put("signpost_" + (i + 1) + "_details", details(service));
                ids.add(String.valueOf(service.id()));
            }
            facts.put(IDS, String.join(SemicolonList.SEPARATOR, ids));
        }
        return facts;
    }

    /**
     * The offer is reached by starting signposting, from within it, or by answering contact 3's
     * question about it.
     */
    private static boolean offerReachable(
            String script, ConversationState state, @Nullable String starting) {
        if (SCRIPT.equals(script)) {
            return true;
        }
        return starting == null
                && FollowUpContact.FEEDBACK_SCRIPT.equals(script)
                && state.waiting()
                && WOULD_YOU_LIKE_TO_HEAR.equals(state.at().node());
    }

    private List<LocalService> bestFor(Map<String, String> saved, String language) {
        List<String> words = OWN_WORDS.stream().map(saved::get).filter(Objects::nonNull).toList();
        return matcher.suggest(new Profile(words, saved.get("area"), language), OFFERED).stream()
                .map(Suggestion::service)
                .toList();
    }

    private List<LocalService> asOffered(SignpostOffer offer) {
        List<LocalService> all = directory.services();
        return offer.ids().stream()
                .flatMap(
                        id ->
                                all.stream()
                                        .filter(service -> id.equals(service.id()))
                                        .findFirst()
                                        .stream())
                .toList();
    }

    /** How to get in touch, short enough for a text: name, phone, web, hours. */
    static String details(LocalService service) {
        List<String> ways = new ArrayList<>();
        if (service.phone() != null && !service.phone().isBlank()) {
            ways.add(service.phone());
        }
        if (service.web() != null && !service.web().isBlank()) {
            ways.add(service.web());
        }
        StringBuilder text = new StringBuilder(service.name());
        if (!ways.isEmpty()) {
            text.append(": ").append(String.join(", ", ways));
        }
        if (service.hours() != null && !service.hours().isBlank()) {
            text.append(". ").append(service.hours());
        }
        return text.toString();
    }
}
