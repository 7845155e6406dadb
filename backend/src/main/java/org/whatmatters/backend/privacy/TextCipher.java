package org.whatmatters.backend.privacy;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Encrypts personal free text at rest with AES-256-GCM and a fresh 12-byte nonce per value, stored as
 * {@code v2:<key id>:} + base64(nonce ‖ ciphertext ‖ tag), bound to its {@link Binding} as associated data.
 * Values written before key ids existed ({@code v1:}, no associated data) still read, with any key of the
 * {@link Keyring}; re-encryption ({@link ReEncryption}) rewrites them in the current format.
 */
@Context // a bad key stops start-up, not the first message
public class TextCipher {

    private static final String LEGACY = "v1:";
    private static final String PREFIX = "v2:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Keyring keyring;
    private final SecureRandom random = new SecureRandom();

    public TextCipher(@Value("${whatmatters.privacy.data-key:}") String dataKey,
                      @Value("${whatmatters.privacy.old-keys:}") String oldKeys) {
        this.keyring = Keyring.of(dataKey, oldKeys);
    }

    public Keyring keyring() {
        return keyring;
    }

    public String encrypt(String plain, Binding binding) {
        String id = keyring.currentId();
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keyring.current(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(binding.associatedData(id));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX + id + ":" + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    public String decrypt(String stored, Binding binding) {
        if (stored.startsWith(LEGACY)) {
            byte[] all = Base64.getDecoder().decode(stored.substring(LEGACY.length()));
            for (SecretKeySpec key : keyring.all()) {
                Optional<String> plain = open(key, all, null);
                if (plain.isPresent()) {
                    return plain.get();
                }
            }
            throw unreadable();
        }
        if (!stored.startsWith(PREFIX) || stored.indexOf(':', PREFIX.length()) < 0) {
            throw new IllegalArgumentException("not an encrypted value");
        }
        int colon = stored.indexOf(':', PREFIX.length());
        String id = stored.substring(PREFIX.length(), colon);
        SecretKeySpec key = keyring.find(id).orElseThrow(() -> new IllegalStateException(
                "a stored value is encrypted with key " + id + ", which is not in DATA_ENCRYPTION_KEY or DATA_ENCRYPTION_OLD_KEYS"));
        byte[] all = Base64.getDecoder().decode(stored.substring(colon + 1));
        return open(key, all, binding.associatedData(id)).orElseThrow(TextCipher::unreadable);
    }

    /** The key id a stored value was written with; {@code v1} for values from before key ids. */
    public static String keyIdOf(String stored) {
        if (stored.startsWith(PREFIX)) {
            int colon = stored.indexOf(':', PREFIX.length());
            return colon < 0 ? "?" : stored.substring(PREFIX.length(), colon);
        }
        return stored.startsWith(LEGACY) ? "v1" : "?";
    }

    private static Optional<String> open(SecretKeySpec key, byte[] all, byte[] associatedData) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            if (associatedData != null) {
                cipher.updateAAD(associatedData);
            }
            return Optional.of(new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8));
        } catch (javax.crypto.AEADBadTagException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private static IllegalStateException unreadable() {
        return new IllegalStateException("cannot decrypt a stored value: wrong key, tampered row, or a value copied from elsewhere");
    }
}
