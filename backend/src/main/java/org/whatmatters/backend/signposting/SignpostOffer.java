package org.whatmatters.backend.signposting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Three services offered to a person: which (directory ids and names as offered, in order), during
 * which contact, which they asked about, and what they said at the next contact about using them.
 * Partners learn from it which services people actually use (000:101).
 */
@MappedEntity("signpost_offer")
public record SignpostOffer(
        @Id @GeneratedValue @Nullable Long id,
        Long personId,
        @Nullable Long contactId,
        Instant offeredAt,
        String serviceIds,
        String serviceNames,
        @Nullable String askedServiceIds,
        @Nullable String used,
        @Nullable Instant usedAnsweredAt) {

    static final String NAME_SEPARATOR = "\n";

    static SignpostOffer of(
            Long personId, Long contactId, List<Long> ids, List<String> names, Instant now) {
        return new SignpostOffer(
                null,
                personId,
                contactId,
                now,
                SemicolonList.join(ids.stream().map(String::valueOf).toList()),
                String.join(NAME_SEPARATOR, names),
                null,
                null,
                null);
    }

    List<Long> ids() {
        return SemicolonList.split(serviceIds).stream().map(Long::valueOf).toList();
    }

    List<String> names() {
        return Arrays.asList(serviceNames.split(NAME_SEPARATOR));
    }

    List<Long> asked() {
        return SemicolonList.split(askedServiceIds).stream().map(Long::valueOf).toList();
    }

    /** The name as offered of the first service they asked about, if any. */
    @Nullable
    String firstAskedName() {
        List<Long> asked = asked();
        return asked.isEmpty() ? null : names().get(ids().indexOf(asked.get(0)));
    }

    SignpostOffer askedAbout(Long serviceId) {
        List<Long> asked = new ArrayList<>(asked());
        if (!asked.contains(serviceId)) {
            asked.add(serviceId);
        }
        return new SignpostOffer(
                id,
                personId,
                contactId,
                offeredAt,
                serviceIds,
                serviceNames,
                SemicolonList.join(asked.stream().map(String::valueOf).toList()),
                used,
                usedAnsweredAt);
    }

    SignpostOffer answeredUsed(String answer, Instant at) {
        return new SignpostOffer(
                id,
                personId,
                contactId,
                offeredAt,
                serviceIds,
                serviceNames,
                askedServiceIds,
                answer,
                at);
    }
}
