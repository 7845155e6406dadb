package org.whatmatters.backend.app.device;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;

/**
 * Person tokens, on the app's routes only: {@code Authorization: Bearer wmp_...} under {@code
 * /api/app/} becomes an authentication with the one role {@value #ROLE} and the person's and
 * device's ids. Nowhere else is such a token read, so it can never reach a staff route; and no
 * staff JWT carries {@value #ROLE}, so staff cannot use the app's.
 */
@Singleton
public class PersonTokenFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    public static final String ROLE = "PERSON";
    public static final String PATH = "/api/app/";
    public static final String PERSON_ID = "personId";
    public static final String DEVICE_ID = "deviceId";

    private final DeviceTokens tokens;
    private final AppDeviceRepository devices;
    private final Clock clock;
    private final ExecutorService blocking;

    PersonTokenFetcher(
            DeviceTokens tokens,
            AppDeviceRepository devices,
            Clock clock,
            @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.tokens = tokens;
        this.devices = devices;
        this.clock = clock;
        this.blocking = blocking;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        if (!request.getPath().startsWith(PATH)) {
            return Publishers.empty();
        }
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.startsWith("Bearer " + DeviceTokens.PREFIX)) {
            return Publishers.empty();
        }
        String token = header.substring("Bearer ".length()).strip();
        // the token is looked up on every request (never cached), so a device signed out is refused
        // at once
        return Publishers.fromCompletableFuture(
                () ->
                        CompletableFuture.supplyAsync(
                                () ->
                                        tokens.check(token)
                                                .map(
                                                        device -> {
                                                            devices.seen(
                                                                    device.id(), clock.instant());
                                                            return Authentication.build(
                                                                    "person-" + device.personId(),
                                                                    List.of(ROLE),
                                                                    Map.<String, Object>of(
                                                                            PERSON_ID,
                                                                            device.personId(),
                                                                            DEVICE_ID,
                                                                            device.id()));
                                                        })
                                                .orElse(null),
                                blocking));
    }

    /** Before the JWT fetcher: a {@code wmp_} token is not a JWT and need not be parsed as one. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
