package org.whatmatters.backend.signposting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;

/**
 * A person's signposting so far, for their partner: what was offered, what they asked about, what
 * they used.
 */
@Singleton
public class SignpostOffers {

    @Serdeable
    public record OfferView(
            Instant offeredAt,
            @Nullable Long contactId,
            List<String> offered,
            List<String> askedAbout,
            @Nullable String used) {}

    private final SignpostOfferRepository offers;

    SignpostOffers(SignpostOfferRepository offers) {
        this.offers = offers;
    }

    public List<OfferView> of(Long personId) {
        return offers.findByPersonIdOrderById(personId).stream()
                .map(
                        offer -> {
                            List<Long> ids = offer.ids();
                            List<String> names = offer.names();
                            List<String> asked =
                                    offer.asked().stream()
                                            .map(id -> names.get(ids.indexOf(id)))
                                            .toList();
                            return new OfferView(
                                    offer.offeredAt(),
                                    offer.contactId(),
                                    names,
                                    asked,
                                    offer.used());
                        })
                .toList();
    }
}
