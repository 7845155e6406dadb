package org.whatmatters.backend.privacy;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import org.whatmatters.backend.settings.InvalidSettingException;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Encrypts personal free text at rest with AES-256-GCM: a fresh 12-byte nonce per value, stored as
 * {@code v1:} + base64(nonce ‖ ciphertext ‖ tag). The version prefix leaves room for key rotation.
 */
@Context // a bad key stops start-up, not the first message
public class TextCipher {

    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    public TextCipher(@Value("${whatmatters.privacy.data-key:}") String dataKey) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(dataKey.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException("DATA_ENCRYPTION_KEY", "must be base64 (32 random bytes: openssl rand -base64 32)");
        }
        if (raw.length != 32) {
            throw new InvalidSettingException("DATA_ENCRYPTION_KEY", "must decode to 32 bytes, got " + raw.length
                    + " (make one with: openssl rand -base64 32)");
        }
        this.key = new SecretKeySpec(raw, "AES");
    }

    public String encrypt(String plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    public String decrypt(String stored) {
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not an encrypted value");
        }
        byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt a stored value: wrong DATA_ENCRYPTION_KEY or tampered row", e);
        }
    }
}
