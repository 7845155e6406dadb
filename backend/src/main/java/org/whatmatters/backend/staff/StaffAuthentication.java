package org.whatmatters.backend.staff;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.whatmatters.backend.ratelimit.ClientAddress;
import org.whatmatters.backend.ratelimit.SignInThrottle;
import org.whatmatters.backend.security.SignedIn;

/**
 * Checks a username and password for {@code POST /login}; on success Micronaut Security issues a
 * JWT carrying the role and, for partner staff, the organisation. Runs on the blocking executor
 * (bcrypt and the database are blocking by design).
 */
@Singleton
public class StaffAuthentication<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    static final String ORGANISATION_CLAIM = SignedIn.ORGANISATION_CLAIM;
    private static final Logger LOG = LoggerFactory.getLogger(StaffAuthentication.class);

    private final StaffAccountRepository accounts;
    private final Passwords passwords;
    private final SignInThrottle throttle;
    private final ClientAddress addresses;

    StaffAuthentication(
            StaffAccountRepository accounts,
            Passwords passwords,
            SignInThrottle throttle,
            ClientAddress addresses) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttle = throttle;
        this.addresses = addresses;
    }

    @Override
    public AuthenticationResponse authenticate(
            HttpRequest<B> request, AuthenticationRequest<String, String> credentials) {
        String username = credentials.getIdentity();
        String password = credentials.getSecret();
        String address = addresses.of(request);
        if (throttle.refusedUntil(username, address).isPresent()) {
            LOG.info("sign-in refused: too many failed attempts, wait or locked");
            return AuthenticationResponse.failure("Too many failed sign-ins: try again later");
        }
        AuthenticationResponse response = check(username, password);
        if (response.isAuthenticated()) {
            throttle.succeeded(username);
        } else {
            throttle.failed(username, address);
        }
        return response;
    }

    private AuthenticationResponse check(String username, String password) {
        Optional<StaffAccount> account =
                username == null ? Optional.empty() : accounts.findByUsername(username);
        if (account.isEmpty() || password == null) {
            passwords.spendTheSameTime(password == null ? "" : password);
            LOG.info("sign-in refused: unknown user");
            return AuthenticationResponse.failure(
                    AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        StaffAccount staff = account.get();
        if (!passwords.matches(password, staff.passwordHash())) {
            LOG.info("sign-in refused for {}: wrong password", staff.username());
            return AuthenticationResponse.failure(
                    AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        if (!staff.enabled()) {
            LOG.info("sign-in refused for {}: account disabled", staff.username());
            return AuthenticationResponse.failure(AuthenticationFailureReason.USER_DISABLED);
        }
        Map<String, Object> claims = new HashMap<>();
        if (staff.organisationId() != null) {
            claims.put(ORGANISATION_CLAIM, staff.organisationId());
        }
        return AuthenticationResponse.success(
                staff.username(), List.of(staff.role().name()), claims);
    }
}
