package org.whatmatters.backend.privacy;

import io.micronaut.context.annotation.Context;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts personal free text at rest with AES-256-GCM and a fresh 12-byte nonce per value, stored
 * as {@code <version>:<key id>:} + base64(nonce ‖ ciphertext ‖ tag), bound to its {@link Binding}
 * as associated data: {@code v3:} ({@link #seal}) bound to its table, column and row owner; {@code
 * v2:} ({@link #encrypt}) bound to a column or place only. Values written before key ids existed
 * ({@code v1:}, no associated data) still read, with any key of the {@link Keyring}; re-encryption
 * ({@link ReEncryption}) rewrites them all as {@code v3:}.
 */
@Context // a bad key stops start-up, not the first message
public class TextCipher {

    /**
     * One AES-GCM cipher per thread, initialised afresh (key, nonce) for every value: looking the
     * transformation up was a measurable share of each row written or read. Every init resets it,
     * so nothing of one value carries into the next.
     */
    private static final ThreadLocal<Cipher> CIPHERS =
            ThreadLocal.withInitial(
                    () -> {
                        try {
                            return Cipher.getInstance("AES/GCM/NoPadding");
                        } catch (GeneralSecurityException e) {
                            throw new IllegalStateException("AES-GCM is not available", e);
                        }
                    });

    private static final String LEGACY = "v1:";
    private static final String PREFIX = "v2:";
    private static final String ROW = "v3:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Keyring keyring;
    private final SecureRandom random = new SecureRandom();

    @Inject
    public TextCipher(PrivacySettings settings) {
        this(settings.dataKey(), settings.oldKeys());
    }

    /**
     * DATA_ENCRYPTION_KEY and DATA_ENCRYPTION_OLD_KEYS as given (a tool or test reading the
     * database itself).
     */
    public TextCipher(String dataKey, String oldKeys) {
        this.keyring = Keyring.of(dataKey, oldKeys);
    }

    public Keyring keyring() {
        return keyring;
    }

    /**
     * {@code v2:} bound to {@code binding} as given (a column, or a place a caller narrows itself).
     */
    public String encrypt(String plain, Binding binding) {
        return encrypt(PREFIX, plain, binding);
    }

    /**
     * {@code v3:} bound to a {@link Binding#row row}: how every encrypted entity property is
     * written.
     */
    public String seal(String plain, Binding row) {
        return encrypt(ROW, plain, row);
    }

    private String encrypt(String prefix, String plain, Binding binding) {
        String id = keyring.currentId();
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = CIPHERS.get();
            cipher.init(
                    Cipher.ENCRYPT_MODE, keyring.current(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(binding.associatedData(version(prefix), id));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return prefix
                    + id
                    + ":"
                    + Base64.getEncoder()
                            .encodeToString(
                                    ByteBuffer.allocate(nonce.length + sealed.length)
                                            .put(nonce)
                                            .put(sealed)
                                            .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * Opens a value of any format: {@code v3:} and {@code v2:} with {@code binding} (a {@code v3:}
     * value only opens with its row binding), {@code v1:} with any key.
     */
    public String decrypt(String stored, Binding binding) {
        return decrypt(stored, binding, binding);
    }

    /**
     * Opens a {@code v3:} value with {@code row}, a {@code v2:} value (written before row binding)
     * with {@code column}.
     */
    public String decrypt(String stored, Binding row, Binding column) {
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
        boolean rowBound = stored.startsWith(ROW);
        if (!(rowBound || stored.startsWith(PREFIX)) || stored.indexOf(':', PREFIX.length()) < 0) {
            throw new IllegalArgumentException("not an encrypted value");
        }
        int colon = stored.indexOf(':', PREFIX.length());
        String id = stored.substring(PREFIX.length(), colon);
        SecretKeySpec key =
                keyring.find(id).orElseThrow(() -> new IllegalStateException(missingKey(id)));
        byte[] all = Base64.getDecoder().decode(stored.substring(colon + 1));
        byte[] associatedData =
                rowBound ? row.associatedData("v3", id) : column.associatedData("v2", id);
        return open(key, all, associatedData).orElseThrow(TextCipher::unreadable);
    }

    static String missingKey(String id) {
        return "a stored value is encrypted with key "
                + id
                + ", which is not in DATA_ENCRYPTION_KEY or DATA_ENCRYPTION_OLD_KEYS";
    }

    /**
     * Whether {@code stored} is in one of the encrypted formats (anything else was stored in
     * clear).
     */
    public static boolean isEncrypted(String stored) {
        return stored.startsWith(LEGACY) || stored.startsWith(PREFIX) || stored.startsWith(ROW);
    }

    static boolean isRowBound(String stored) {
        return stored.startsWith(ROW);
    }

    /**
     * The current format for a row-bound value under {@code keyId}: what re-encryption leaves
     * alone.
     */
    static String rowPrefix(String keyId) {
        return ROW + keyId + ":";
    }

    /** The key id a stored value was written with; {@code v1} for values from before key ids. */
    public static String keyIdOf(String stored) {
        if (stored.startsWith(PREFIX) || stored.startsWith(ROW)) {
            int colon = stored.indexOf(':', PREFIX.length());
            return colon < 0 ? "?" : stored.substring(PREFIX.length(), colon);
        }
        return stored.startsWith(LEGACY) ? "v1" : "?";
    }

    private static String version(String prefix) {
        return prefix.substring(0, prefix.length() - 1);
    }

    private static Optional<String> open(SecretKeySpec key, byte[] all, byte[] associatedData) {
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(
                    Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            if (associatedData != null) {
                cipher.updateAAD(associatedData);
            }
            return Optional.of(
                    new String(
                            cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES),
                            StandardCharsets.UTF_8));
        } catch (javax.crypto.AEADBadTagException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private static IllegalStateException unreadable() {
        return new IllegalStateException(
                "cannot decrypt a stored value: wrong key, tampered row, or a value copied from elsewhere");
    }
}
