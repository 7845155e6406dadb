package org.whatmatters.backend.app.device;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AppDeviceRepository extends CrudRepository<AppDevice, Long> {

    Optional<AppDevice> findByTokenHash(String tokenHash);

    List<AppDevice> findByPersonIdOrderById(Long personId);

    /** Signed-in devices that can be pushed to, newest first. */
    @Query(
            "SELECT * FROM app_device WHERE person_id = :personId AND revoked_at IS NULL AND fcm_token IS NOT NULL ORDER BY id DESC")
    List<AppDevice> findPushable(Long personId);

    @Query("SELECT COUNT(*) FROM app_device WHERE person_id = :personId AND revoked_at IS NULL")
    long countActive(Long personId);

    @Query(
            "UPDATE app_device SET revoked_at = :at, fcm_token = NULL WHERE id = :id AND revoked_at IS NULL")
    int revoke(Long id, Instant at);

    @Query("UPDATE app_device SET fcm_token = :fcmToken WHERE id = :id")
    void setFcmToken(Long id, @Nullable String fcmToken);

    /** A registration token moves with the phone: whoever registered it last owns it. */
    @Query("UPDATE app_device SET fcm_token = NULL WHERE fcm_token = :fcmToken AND id <> :keep")
    void releaseFcmToken(String fcmToken, Long keep);

    /**
     * FCM said the token will never work again (UNREGISTERED, INVALID_ARGUMENT): dropped from every
     * device.
     */
    @Query("UPDATE app_device SET fcm_token = NULL WHERE fcm_token = :fcmToken")
    int dropFcmToken(String fcmToken);

    @Query("UPDATE app_device SET last_seen_at = :at WHERE id = :id")
    void seen(Long id, Instant at);
}
