package org.whatmatters.backend.signposting;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.whatmatters.backend.conversation.PersonEvent;
import org.whatmatters.backend.conversation.PersonEvents;
import org.whatmatters.backend.conversation.TurnTaken;
import org.whatmatters.backend.followup.RunningContacts;
import org.whatmatters.conversation.engine.Outgoing;
import org.whatmatters.conversation.engine.SavedFact;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Records signposting as it happens in the conversation: what was offered (when the offer is sent), which
 * service they asked about (each number they reply), and at the next contact whether they used it. When there
 * was nothing good enough to offer, the partner is asked to share some ideas.
 */
@Singleton
class SignpostSteps {

    private static final Logger LOG = LoggerFactory.getLogger(SignpostSteps.class);
    static final String OFFER_KEY = "signposting.offer.ask";
    static final String NONE_KEY = "signposting.none.end";

    private final SignpostOfferRepository offers;
    private final RunningContacts running;
    private final PersonEvents events;
    private final Clock clock;

    SignpostSteps(SignpostOfferRepository offers, RunningContacts running, PersonEvents events, Clock clock) {
        this.offers = offers;
        this.running = running;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void onTurn(TurnTaken turn) {
        Long personId = turn.person().id();
        List<String> keys = turn.result().messages().stream().map(Outgoing::key).toList();
        if (keys.stream().anyMatch(key -> key.startsWith(OFFER_KEY)) && turn.facts().containsKey(SignpostFacts.IDS)) {
            offered(personId, turn.facts());
        }
        if (keys.stream().anyMatch(key -> key.startsWith(NONE_KEY))) {
            events.raise(personId, "SIGNPOSTING_HELP_WANTED", PersonEvent.Urgency.ROUTINE, "no close match in the directory");
        }
        for (SavedFact fact : turn.result().facts()) {
            if (fact.name().equals("signpost_choice") && fact.value().startsWith("service-")) {
                int index = Integer.parseInt(fact.value().substring("service-".length())) - 1;
                offers.findFirstByPersonIdOrderByIdDesc(personId).ifPresent(offer ->
                        offers.update(offer.askedAbout(offer.ids().get(index))));
            } else if (fact.name().equals("signpost_used")) {
                offers.findFirstByPersonIdOrderByIdDesc(personId).filter(offer -> offer.used() == null)
                        .ifPresent(offer -> offers.update(offer.answeredUsed(fact.value(), clock.instant())));
            }
        }
    }

    private void offered(Long personId, Map<String, String> facts) {
        List<Long> ids = SemicolonList.split(facts.get(SignpostFacts.IDS)).stream().map(Long::valueOf).toList();
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= ids.size(); i++) {
            names.add(facts.get("signpost_" + i));
        }
        SignpostOffer offer = offers.save(SignpostOffer.of(personId, running.current(personId).orElse(null), ids, names, clock.instant()));
        LOG.info("signposting offer {} made to person {}: services {}", offer.id(), personId, ids);
    }
}
