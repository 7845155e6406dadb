package org.whatmatters.backend.app.device;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.whatmatters.backend.app.AppProblem;

/**
 * A person's signed-in devices: listed, signed out, and their push registration kept up to date.
 */
@Singleton
public class Devices {

    private static final Logger LOG = LoggerFactory.getLogger(Devices.class);

    private final AppDeviceRepository devices;
    private final Clock clock;

    Devices(AppDeviceRepository devices, Clock clock) {
        this.devices = devices;
        this.clock = clock;
    }

    public List<AppDevice> of(Long personId) {
        return devices.findByPersonIdOrderById(personId);
    }

    /**
     * Signs one of the person's devices out: its token is refused from its next request on, and it
     * gets no more pushes.
     */
    public void signOut(Long personId, Long deviceId) {
        AppDevice device =
                devices.findById(deviceId)
                        .filter(found -> found.personId().equals(personId))
                        .orElseThrow(() -> AppProblem.notFound("no such device of yours"));
        devices.revoke(device.id(), clock.instant());
        LOG.info("person {} signed device {} out", personId, deviceId);
    }

    /**
     * Registers or refreshes the device's FCM token; a token another device had moves to this one.
     */
    public void registerPush(Long deviceId, String fcmToken) {
        if (fcmToken == null || fcmToken.isBlank() || fcmToken.length() > 500) {
            throw AppProblem.badRequest(
                    "push-token-invalid",
                    "token is the device's Firebase registration token (at most 500 characters)");
        }
        devices.releaseFcmToken(fcmToken, deviceId);
        devices.setFcmToken(deviceId, fcmToken);
    }

    public void removePush(Long deviceId) {
        devices.setFcmToken(deviceId, null);
    }

    /** FCM said the token is gone for good: no device keeps it. */
    public void dropPushToken(String fcmToken) {
        if (devices.dropFcmToken(fcmToken) > 0) {
            LOG.info("a push token FCM no longer accepts was dropped");
        }
    }

    public boolean inUse(Long personId) {
        return devices.countActive(personId) > 0;
    }
}
