package org.whatmatters.backend.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whatmatters.backend.settings.InvalidSettingException;

class PushSetupTest {

    @Test
    void noCredentialsMeansPushIsDisabled() {
        assertThat(new PushSetup(new FirebaseSettings("")).firebase()).isEmpty();
    }

    @Test
    void aServiceAccountFileEnablesFirebaseForItsProject(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("service-account.json");
        Files.writeString(file, serviceAccount("whatmatters-test"));

        PushSetup push = new PushSetup(new FirebaseSettings(file.toString()));
        try {
            assertThat(push.firebase())
                    .hasValueSatisfying(
                            app ->
                                    assertThat(app.getOptions().getProjectId())
                                            .isEqualTo("whatmatters-test"));
        } finally {
            push.close();
        }
    }

    @Test
    void aFileThatIsNotAServiceAccountStopsStartUp(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("service-account.json");
        Files.writeString(file, "{\"type\": \"authorized_user\"}");

        assertThatThrownBy(() -> new PushSetup(new FirebaseSettings(file.toString())))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith(
                        "FIREBASE_CREDENTIALS names "
                                + file.toAbsolutePath()
                                + ", which is not a readable service-account JSON");
    }

    private static String serviceAccount(String projectId) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String pem =
                "-----BEGIN PRIVATE KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes())
                                .encodeToString(
                                        generator.generateKeyPair().getPrivate().getEncoded())
                        + "\n-----END PRIVATE KEY-----\n";
        Map<String, String> json = new LinkedHashMap<>();
        json.put("type", "service_account");
        json.put("project_id", projectId);
        json.put("private_key_id", "test-key");
        json.put("private_key", pem);
        json.put("client_email", "push@" + projectId + ".iam.gserviceaccount.com");
        json.put("client_id", "1234567890");
        json.put("token_uri", "https://oauth2.googleapis.com/token");
        return new ObjectMapper().writeValueAsString(json);
    }
}
