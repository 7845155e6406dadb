package org.whatmatters.backend.support;

import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.firebase.FirebaseApp;
import com.google.firebase.FirebaseOptions;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import org.whatmatters.backend.push.FirebaseSettings;
import org.whatmatters.backend.push.PushSetup;
import org.whatmatters.notifications.push.FcmWire;

/**
 * With {@code test.fcm} set, push goes through the real Firebase Admin SDK to {@link FcmWire}, an
 * HTTP transport that records each FCM request and answers as FCM does (the SDK's own test
 * pattern).
 */
@Singleton
@Replaces(PushSetup.class)
@Requires(property = "test.fcm")
public class FcmOnTheWire extends PushSetup {

    public static final String PROJECT = "whatmatters-test";

    private final FcmWire wire = new FcmWire(PROJECT);
    private final FirebaseApp app;

    public FcmOnTheWire() {
        super(new FirebaseSettings(""));
        this.app =
                FirebaseApp.initializeApp(
                        FirebaseOptions.builder()
                                .setCredentials(
                                        GoogleCredentials.create(
                                                new AccessToken(
                                                        "test-access-token",
                                                        new Date(Long.MAX_VALUE / 2))))
                                .setProjectId(PROJECT)
                                .setHttpTransport(wire)
                                .build(),
                        "fcm-on-the-wire-" + UUID.randomUUID());
    }

    public FcmWire wire() {
        return wire;
    }

    @Override
    public Optional<FirebaseApp> firebase() {
        return Optional.of(app);
    }
}
