package org.whatmatters.backend.ratelimit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * Failed sign-ins for one subject ({@code user:<name>} or {@code address:<ip>}) and until when it
 * must wait.
 */
@MappedEntity("sign_in_failure")
record SignInFailure(
        @Id String subject, int failures, Instant lastFailureAt, @Nullable Instant blockedUntil) {}
