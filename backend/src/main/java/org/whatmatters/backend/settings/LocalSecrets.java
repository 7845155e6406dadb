package org.whatmatters.backend.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Lets {@code ## Run} work with nothing configured, in development mode only ({@code
 * WHATMATTERS_DEV_MODE=true}): when {@code JWT_SECRET}, {@code DATA_ENCRYPTION_KEY} or {@code
 * PHONE_LOOKUP_KEY} is not set, a random one is made once and kept in {@code
 * ./data/local-secrets.properties} (owner-only), so tokens and encrypted rows survive a restart.
 * Without development mode nothing is made: a missing secret stops start-up naming it ({@code
 * JwtSecretCheck}, {@code Keyring}), rather than a new key silently making every earlier row
 * unreadable.
 */
public final class LocalSecrets {

    static final Path FILE = Path.of("data", "local-secrets.properties");

    private LocalSecrets() {}

    public static final String DEV_MODE = "WHATMATTERS_DEV_MODE";

    public static Map<String, Object> forDevelopment(Map<String, String> environment) {
        String devMode = environment.getOrDefault(DEV_MODE, "false");
        if (!SettingChecks.onOrOff(DEV_MODE, devMode.isBlank() ? "false" : devMode)) {
            return Map.of();
        }
        boolean needJwt = blank(environment.get("JWT_SECRET"));
        boolean needKey = blank(environment.get("DATA_ENCRYPTION_KEY"));
        boolean needLookup = blank(environment.get("PHONE_LOOKUP_KEY"));
        if (!needJwt && !needKey && !needLookup) {
            return Map.of();
        }
        Properties secrets = load();
        Map<String, Object> properties = new HashMap<>();
        if (needJwt) {
            properties.put(
                    "micronaut.security.token.jwt.signatures.secret.generator.secret",
                    secrets.getProperty("jwt-secret"));
        }
        if (needKey) {
            properties.put("whatmatters.privacy.data-key", secrets.getProperty("data-key"));
        }
        if (needLookup) {
            properties.put(
                    "whatmatters.privacy.phone-lookup.key",
                    secrets.getProperty("phone-lookup-key"));
        }
        System.err.println(
                "WhatMatters: using development secrets from "
                        + FILE.toAbsolutePath()
                        + " for "
                        + (needJwt ? "JWT_SECRET " : "")
                        + (needKey ? "DATA_ENCRYPTION_KEY " : "")
                        + (needLookup ? "PHONE_LOOKUP_KEY" : "")
                        + " (WHATMATTERS_DEV_MODE=true); production sets them in the environment");
        return properties;
    }

    private static Properties load() {
        Properties secrets = new Properties();
        try {
            if (Files.exists(FILE)) {
                try (Reader in = Files.newBufferedReader(FILE)) {
                    secrets.load(in);
                }
                if (secrets.getProperty("phone-lookup-key") == null) {
                    // a file made before phone numbers were hashed: keep its keys, add the lookup
                    // key
                    secrets.setProperty("phone-lookup-key", random(32));
                    store(secrets);
                }
                return secrets;
            }
            Files.createDirectories(FILE.getParent());
            secrets.setProperty("jwt-secret", random(48));
            secrets.setProperty("data-key", random(32));
            secrets.setProperty("phone-lookup-key", random(32));
            Files.createFile(
                    FILE,
                    PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rw-------")));
            store(secrets);
            return secrets;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot keep development secrets in " + FILE.toAbsolutePath(), e);
        }
    }

    private static void store(Properties secrets) throws IOException {
        try (Writer out = Files.newBufferedWriter(FILE)) {
            secrets.store(
                    out,
                    "Development secrets made by WhatMatters on first start. Not for production.");
        }
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        new SecureRandom().nextBytes(value);
        return Base64.getEncoder().encodeToString(value);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
