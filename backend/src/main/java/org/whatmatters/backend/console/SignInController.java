package org.whatmatters.backend.console;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.UsernamePasswordCredentials;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.whatmatters.backend.console.session.ConsoleSessions;
import org.whatmatters.backend.console.session.SessionCookie;
import org.whatmatters.backend.console.session.SignInPaths;
import org.whatmatters.backend.problem.FieldError;
import org.whatmatters.backend.security.Role;
import org.whatmatters.backend.staff.StaffAccount;
import org.whatmatters.backend.staff.StaffAccountRepository;
import org.whatmatters.backend.staff.StaffAuthentication;

/**
 * Signing in to the console with the same username and password as {@code POST /login} (the same
 * checks: bcrypt, disabled accounts refused), into a session cookie; signing out; and {@code
 * /console}, which sends each role to its start page.
 */
@Controller(ConsolePaths.ROOT)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Hidden
@Produces(MediaType.TEXT_HTML)
class SignInController {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final StaffAuthentication<?> authentication;
    private final StaffAccountRepository accounts;
    private final ConsoleSessions sessions;
    private final SessionCookie cookies;

    SignInController(
            StaffAuthentication<?> authentication,
            StaffAccountRepository accounts,
            ConsoleSessions sessions,
            SessionCookie cookies) {
        this.authentication = authentication;
        this.accounts = accounts;
        this.sessions = sessions;
        this.cookies = cookies;
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> home(HttpRequest<?> request) {
        Role role =
                ConsoleRequests.open(request)
                        .map(open -> open.account().role())
                        .orElse(Role.PARTNER);
        return HttpResponse.seeOther(URI.create(startPage(role)));
    }

    @Get("/sign-in")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> form(
            HttpRequest<?> request,
            @QueryValue @Nullable String next,
            @QueryValue @Nullable String signedOut) {
        return signInPage(request, HttpStatus.OK, "", next, List.of(), signedOut != null);
    }

    @Post("/sign-in")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> signIn(HttpRequest<?> request, @Body Map<String, String> form) {
        String username = form.getOrDefault("username", "").strip();
        String password = form.getOrDefault("password", "");
        String next = form.get("next");
        if (username.isEmpty() || password.isEmpty()) {
            List<FieldError> errors = new java.util.ArrayList<>();
            if (username.isEmpty()) {
                errors.add(new FieldError("username", "Enter your username"));
            }
            if (password.isEmpty()) {
                errors.add(new FieldError("password", "Enter your password"));
            }
            return signInPage(request, HttpStatus.BAD_REQUEST, username, next, errors, false);
        }
        @SuppressWarnings({"unchecked", "rawtypes"})
        AuthenticationResponse answer =
                ((StaffAuthentication) authentication)
                        .authenticate(request, new UsernamePasswordCredentials(username, password));
        StaffAccount account =
                answer.isAuthenticated() ? accounts.findByUsername(username).orElse(null) : null;
        if (account == null) {
            return signInPage(
                    request,
                    HttpStatus.UNAUTHORIZED,
                    username,
                    next,
                    List.of(
                            new FieldError(
                                    "username",
                                    "The username or password is not right, or the account is disabled")),
                    false);
        }
        String token = sessions.open(account);
        String target = safeNext(next) ? next : startPage(account.role());
        return HttpResponse.seeOther(URI.create(target))
                .cookie(cookies.session(token, request))
                .cookie(cookies.cleared(SessionCookie.SIGN_IN, request));
    }

    @Post("/sign-out")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> signOut(HttpRequest<?> request) {
        SessionCookie.read(request, SessionCookie.SESSION).ifPresent(sessions::close);
        return HttpResponse.seeOther(URI.create(SignInPaths.SIGN_IN + "?signedOut=1"))
                .cookie(cookies.cleared(SessionCookie.SESSION, request));
    }

    private MutableHttpResponse<?> signInPage(
            HttpRequest<?> request,
            HttpStatus status,
            String username,
            @Nullable String next,
            List<FieldError> errors,
            boolean signedOut) {
        String csrf =
                SessionCookie.read(request, SessionCookie.SIGN_IN)
                        .orElseGet(SignInController::randomToken);
        return HttpResponse.status(status)
                .body(
                        Pages.page(
                                "console/sign-in",
                                "username",
                                username,
                                "next",
                                safeNext(next) ? next : "",
                                "signInCsrf",
                                csrf,
                                "errors",
                                errors,
                                "signedOut",
                                signedOut))
                .cookie(cookies.signIn(csrf, request));
    }

    /** Only back into the console, never to another site. */
    private static boolean safeNext(@Nullable String next) {
        return next != null
                && next.startsWith(ConsolePaths.ROOT + "/")
                && !next.startsWith("//")
                && !next.contains("\\")
                && !next.startsWith(SignInPaths.SIGN_IN);
    }

    static String startPage(Role role) {
        return switch (role) {
            case PARTNER -> ConsolePaths.ROOT + "/partner";
            case COORDINATOR -> ConsolePaths.ROOT + "/coordinator";
            case ADMIN -> ConsolePaths.ROOT + "/admin/accounts";
            case INTERPRETER -> ConsolePaths.ROOT + "/translations";
        };
    }

    private static String randomToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
