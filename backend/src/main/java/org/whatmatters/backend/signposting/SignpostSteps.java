package org.whatmatters.backend.signposting;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.whatmatters.backend.conversation.TurnTaken;
import org.whatmatters.backend.followup.RunningContacts;
import org.whatmatters.backend.person.PersonEvent;
import org.whatmatters.backend.person.PersonEvents;
import org.whatmatters.conversation.engine.EngineEvent;

/**
 * Records signposting from the events the scripts raise: what was offered ({@code
 * signposting-offered}, linked to the follow-up contact it is part of), which service they asked
 * about ({@code signpost-asked-about}), and at the next contact whether they tried it ({@code
 * signpost-tried}). When there was nothing good enough to offer ({@code signposting-help-wanted}),
 * the partner is asked to share some ideas.
 */
@Singleton
class SignpostSteps {

    private static final Logger LOG = LoggerFactory.getLogger(SignpostSteps.class);

    private final SignpostOfferRepository offers;
    private final RunningContacts running;
    private final PersonEvents events;
    private final Clock clock;

    SignpostSteps(
            SignpostOfferRepository offers,
            RunningContacts running,
            PersonEvents events,
            Clock clock) {
        this.offers = offers;
        this.running = running;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void onTurn(TurnTaken turn) {
        Long personId = turn.person().id();
        for (EngineEvent event : turn.result().events()) {
            if (event instanceof EngineEvent.SignpostingOffered
                    && turn.facts().containsKey(SignpostFacts.IDS)) {
                offered(personId, turn.facts());
            } else if (event instanceof EngineEvent.SignpostingHelpWanted) {
                events.raise(
                        personId,
                        "SIGNPOSTING_HELP_WANTED",
                        PersonEvent.Urgency.ROUTINE,
                        "no close match in the directory");
            } else if (event instanceof EngineEvent.SignpostAskedAbout asked) {
                offers.findFirstByPersonIdOrderByIdDesc(personId)
                        .filter(offer -> asked.number() <= offer.ids().size())
                        .ifPresent(
                                offer ->
                                        offers.update(
                                                offer.askedAbout(
                                                        offer.ids().get(asked.number() - 1))));
            } else if (event instanceof EngineEvent.SignpostTried tried) {
                offers.findFirstByPersonIdOrderByIdDesc(personId)
                        .filter(offer -> offer.used() == null)
                        .ifPresent(
                                offer ->
                                        offers.update(
                                                offer.answeredUsed(
                                                        tried.tried() ? "yes" : "no",
                                                        clock.instant())));
            }
        }
    }

    private void offered(Long personId, Map<String, String> facts) {
        List<Long> ids =
                SemicolonList.split(facts.get(SignpostFacts.IDS)).stream()
                        .map(Long::valueOf)
                        .toList();
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= ids.size(); i++) {
            names.add(facts.get("signpost_" + i));
        }
        SignpostOffer offer =
                offers.save(
                        SignpostOffer.of(
                                personId,
                                running.current(personId).orElse(null),
                                ids,
                                names,
                                clock.instant()));
        LOG.info("signposting offer {} made to person {}: services {}", offer.id(), personId, ids);
    }
}
