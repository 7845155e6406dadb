package org.whatmatters.backend.app.device;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Person tokens: opaque, 32 random bytes, prefixed {@code wmp_} so nobody mistakes one for a staff
 * JWT. Only the SHA-256 of a token is stored (a high-entropy random token needs no slow hash); each
 * request looks it up, so a device signed out is refused on its very next request.
 */
@Singleton
public class DeviceTokens {

    public static final String PREFIX = "wmp_";
    private static final int MAX_NAME = 100;

    private final SecureRandom random = new SecureRandom();
    private final AppDeviceRepository devices;
    private final Clock clock;

    public DeviceTokens(AppDeviceRepository devices, Clock clock) {
        this.devices = devices;
        this.clock = clock;
    }

    /** A new device for the person; the token is returned once and never again. */
    public Issued issue(Long personId, String name) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String shown = name == null || name.isBlank() ? "Phone" : name.strip();
        AppDevice device =
                devices.save(
                        new AppDevice(
                                null,
                                personId,
                                hash(token),
                                shown.length() > MAX_NAME ? shown.substring(0, MAX_NAME) : shown,
                                null,
                                clock.instant(),
                                clock.instant(),
                                null));
        return new Issued(device, token);
    }

    public record Issued(AppDevice device, String token) {
        @Override
        public String toString() {
            return "Issued[" + device + "]";
        }
    }

    /** The active device this token belongs to. */
    public Optional<AppDevice> check(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return devices.findByTokenHash(hash(token)).filter(AppDevice::active);
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
