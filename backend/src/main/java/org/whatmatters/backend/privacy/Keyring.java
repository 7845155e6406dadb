package org.whatmatters.backend.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.spec.SecretKeySpec;
import org.whatmatters.backend.settings.InvalidSettingException;

/**
 * The data keys: one current key that encrypts, and older keys that still decrypt until
 * re-encryption has moved every value off them. Each key is named by an id derived from the key
 * itself (the first 8 hex digits of a SHA-256 over it), so an operator never has to number keys and
 * two different keys never share an id.
 */
public final class Keyring {

    private final String currentId;
    private final Map<String, SecretKeySpec> keys;

    private Keyring(String currentId, Map<String, SecretKeySpec> keys) {
        this.currentId = currentId;
        this.keys = keys;
    }

    /**
     * {@code current}: DATA_ENCRYPTION_KEY; {@code older}: DATA_ENCRYPTION_OLD_KEYS
     * (comma-separated, may be blank).
     */
    public static Keyring of(String current, String older) {
        if (current == null || current.isBlank()) {
            throw new InvalidSettingException(
                    "DATA_ENCRYPTION_KEY",
                    "is missing: set it to 32 random bytes in base64 "
                            + "(openssl rand -base64 32), or WHATMATTERS_DEV_MODE=true for a development key");
        }
        Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
        SecretKeySpec currentKey = key("DATA_ENCRYPTION_KEY", current);
        String currentId = idOf(currentKey);
        keys.put(currentId, currentKey);
        if (older != null && !older.isBlank()) {
            for (String one : older.split(",")) {
                if (!one.isBlank()) {
                    SecretKeySpec key = key("DATA_ENCRYPTION_OLD_KEYS", one);
                    keys.putIfAbsent(idOf(key), key);
                }
            }
        }
        return new Keyring(currentId, Map.copyOf(keys));
    }

    public String currentId() {
        return currentId;
    }

    SecretKeySpec current() {
        return keys.get(currentId);
    }

    Optional<SecretKeySpec> find(String id) {
        return Optional.ofNullable(keys.get(id));
    }

    /**
     * Every key, the current one first: values written before key ids existed are tried against
     * each.
     */
    List<SecretKeySpec> all() {
        return List.copyOf(keys.values());
    }

    public List<String> ids() {
        return List.copyOf(keys.keySet());
    }

    private static SecretKeySpec key(String variable, String base64) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(
                    variable, "must be base64 (32 random bytes: openssl rand -base64 32)");
        }
        if (raw.length != 32) {
            throw new InvalidSettingException(
                    variable,
                    "must decode to 32 bytes, got "
                            + raw.length
                            + " (make one with: openssl rand -base64 32)");
        }
        return new SecretKeySpec(raw, "AES");
    }

    static String idOf(SecretKeySpec key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("whatmatters data key id|".getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(key.getEncoded()), 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
