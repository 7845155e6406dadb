package org.whatmatters.backend.alert;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * How a delivery partner is alerted (a shared inbox, a phone), and its lead, who hears last of all.
 */
@Serdeable
@MappedEntity("partner_contacts")
public record PartnerContacts(
        @Id Long organisationId,
        @Nullable String alertEmail,
        @Nullable String alertPhone,
        @Nullable String leadName,
        @Nullable String leadEmail,
        @Nullable String leadPhone,
        Instant updatedAt) {}
