package org.whatmatters.backend.privacy;

import io.micronaut.context.annotation.Context;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.whatmatters.backend.settings.InvalidSettingException;

/**
 * The keyed hash (HMAC-SHA256) of a phone number or message address, stored beside its encrypted
 * value so that rows can be found by number without the number being in the database: a copy of the
 * database lists hashes that cannot be reversed or recomputed without {@code PHONE_LOOKUP_KEY}. The
 * key is its own setting, not derived from the data keys, so rotating {@code DATA_ENCRYPTION_KEY}
 * leaves every hash (and every lookup) as it was; the lookup key itself is meant to stay for the
 * life of the database (changing it would need every hash recomputed). Hash the address exactly as
 * it is stored (E.164 for a person's number).
 */
@Context // a bad key stops start-up, not the first message
public class PhoneLookup {

    public static final String VARIABLE = "PHONE_LOOKUP_KEY";

    private final SecretKeySpec key;

    /** One keyed HMAC per thread: {@code doFinal} leaves it reset for the next address. */
    private final ThreadLocal<Mac> macs;

    public PhoneLookup(PhoneLookupSettings settings) {
        this.key = key(settings.key());
        this.macs =
                ThreadLocal.withInitial(
                        () -> {
                            try {
                                Mac mac = Mac.getInstance("HmacSHA256");
                                mac.init(key);
                                return mac;
                            } catch (GeneralSecurityException e) {
                                throw new IllegalStateException("HmacSHA256 is not available", e);
                            }
                        });
    }

    /** 64 hex digits; the same address always gives the same hash under one key. */
    public String hash(String address) {
        Mac mac = macs.get();
        mac.update("whatmatters phone lookup|".getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(mac.doFinal(address.getBytes(StandardCharsets.UTF_8)));
    }

    private static SecretKeySpec key(String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new InvalidSettingException(
                    VARIABLE,
                    "is missing: set it to 32 random bytes in base64 (openssl rand -base64 32), "
                            + "kept for the life of the database, or WHATMATTERS_DEV_MODE=true for a development key");
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(
                    VARIABLE, "must be base64 (32 random bytes: openssl rand -base64 32)");
        }
        if (raw.length != 32) {
            throw new InvalidSettingException(
                    VARIABLE,
                    "must decode to 32 bytes, got "
                            + raw.length
                            + " (make one with: openssl rand -base64 32)");
        }
        return new SecretKeySpec(raw, "HmacSHA256");
    }
}
