package org.whatmatters.backend.push;

import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;
import com.google.firebase.FirebaseApp;
import com.google.firebase.FirebaseOptions;
import io.micronaut.context.annotation.Context;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.whatmatters.backend.settings.InvalidSettingException;

/**
 * Firebase for push, when FIREBASE_CREDENTIALS names a service-account JSON; otherwise push is
 * disabled and start-up says so once. A named file that cannot be read stops start-up. The push
 * channels that use this app (the service users' app, staff devices) arrive with their own issues.
 */
@Context
public class PushSetup {

    private static final Logger LOG = LoggerFactory.getLogger(PushSetup.class);
    private static final String APP_NAME = "whatmatters";

    private final FirebaseApp app;

    public PushSetup(FirebaseSettings settings) {
        String credentialsPath = settings.credentials();
        if (credentialsPath.isBlank()) {
            this.app = null;
            LOG.info("push is disabled: FIREBASE_CREDENTIALS is not set");
            return;
        }
        Path path = Path.of(credentialsPath.trim());
        try (InputStream in = Files.newInputStream(path)) {
            GoogleCredentials credentials = GoogleCredentials.fromStream(in);
            FirebaseOptions.Builder options = FirebaseOptions.builder().setCredentials(credentials);
            if (credentials instanceof ServiceAccountCredentials account) {
                options.setProjectId(account.getProjectId());
            }
            this.app = FirebaseApp.initializeApp(options.build(), APP_NAME);
        } catch (NoSuchFileException e) {
            throw new InvalidSettingException(
                    "FIREBASE_CREDENTIALS",
                    "names " + path.toAbsolutePath() + ", which does not exist");
        } catch (IOException | RuntimeException e) {
            throw new InvalidSettingException(
                    "FIREBASE_CREDENTIALS",
                    "names "
                            + path.toAbsolutePath()
                            + ", which is not a readable service-account JSON: "
                            + e.getMessage());
        }
        LOG.info("push is enabled through Firebase project {}", app.getOptions().getProjectId());
    }

    public Optional<FirebaseApp> firebase() {
        return Optional.ofNullable(app);
    }

    @PreDestroy
    void close() {
        if (app != null) {
            app.delete();
        }
    }
}
