package org.whatmatters.backend.push;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code whatmatters.firebase.credentials} (FIREBASE_CREDENTIALS): the path of a Firebase
 * service-account JSON; empty, push is disabled (see {@link PushSetup}).
 */
@ConfigurationProperties("whatmatters.firebase")
public record FirebaseSettings(@Bindable(defaultValue = "") String credentials) {}
