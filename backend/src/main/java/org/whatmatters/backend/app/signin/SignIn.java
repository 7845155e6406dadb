package org.whatmatters.backend.app.signin;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.whatmatters.backend.app.AppProblem;
import org.whatmatters.backend.app.AppSettings;
import org.whatmatters.backend.app.device.DeviceTokens;
import org.whatmatters.backend.person.People;
import org.whatmatters.backend.person.Person;
import org.whatmatters.backend.person.PersonRepository;
import org.whatmatters.backend.person.PhoneNumbers;
import org.whatmatters.backend.privacy.PhoneLookup;

/**
 * Sign-in by phone number: a six-digit code by SMS through the outbox, then the code for a device
 * token. The app's identity is the person record with that E.164 number (found, or created once as
 * for a first SMS): never a second profile. Codes are kept as bcrypt hashes (cost 10: too slow to
 * try a million within a code's ten minutes), work once, for {@link AppSettings#codeLifetime()},
 * and lock after {@link AppSettings#codeTries()} wrong tries. Requests are limited per number and
 * per network address, counted in the database so every instance sees the same count.
 */
@Singleton
public class SignIn {

    private static final int COST = 10;
    private static final Logger LOG = LoggerFactory.getLogger(SignIn.class);

    private final SecureRandom random = new SecureRandom();
    private final SignInCodeRepository codes;
    private final PhoneNumbers phoneNumbers;
    private final People people;
    private final PersonRepository persons;
    private final CodeSender sender;
    private final DeviceTokens tokens;
    private final AppSettings settings;
    private final PhoneLookup lookup;
    private final Clock clock;

    SignIn(
            SignInCodeRepository codes,
            PhoneNumbers phoneNumbers,
            People people,
            PersonRepository persons,
            CodeSender sender,
            DeviceTokens tokens,
            AppSettings settings,
            PhoneLookup lookup,
            Clock clock) {
        this.codes = codes;
        this.phoneNumbers = phoneNumbers;
        this.people = people;
        this.persons = persons;
        this.sender = sender;
        this.tokens = tokens;
        this.settings = settings;
        this.lookup = lookup;
        this.clock = clock;
    }

    /**
     * Sends a code to the number (if the limits allow). The answer is the same whether or not the
     * number is known.
     */
    public void requestCode(String phone, String address) {
        String e164 =
                phoneNumbers
                        .toE164(phone)
                        .orElseThrow(
                                () ->
                                        AppProblem.badRequest(
                                                "phone-invalid",
                                                "phone must be a phone number, such as +447700900123 or 07700 900123"));
        Instant now = clock.instant();
        Instant since = now.minus(settings.rateWindow());
        String requestedBy = sha256(address == null ? "" : address);
        String hash = lookup.hash(e164);
        if (codes.countByPhoneE164HashAndCreatedAtGreaterThan(hash, since)
                        >= settings.codesPerNumber()
                || codes.countByRequestedByAndCreatedAtGreaterThan(requestedBy, since)
                        >= settings.codesPerAddress()) {
            throw new AppProblem(
                    HttpStatus.TOO_MANY_REQUESTS,
                    "too-many-codes",
                    "Too many codes asked for",
                    "too many codes were asked for; try again in "
                            + settings.rateWindow().toMinutes()
                            + " minutes");
        }
        Person person = people.findOrCreate(e164);
        String code = "%06d".formatted(random.nextInt(1_000_000));
        sender.send(
                person,
                new SignInCode(
                        null,
                        person.id(),
                        hash,
                        BCrypt.withDefaults().hashToString(COST, code.toCharArray()),
                        requestedBy,
                        now,
                        now.plus(settings.codeLifetime()),
                        0,
                        null),
                code);
    }

    /** What a try at a code came to. */
    public sealed interface Outcome {
        record SignedIn(DeviceTokens.Issued issued) implements Outcome {}

        record Refused(AppProblem problem) implements Outcome {}
    }

    /**
     * A try at the number's newest code; on success the code is used up and a device token issued.
     * A wrong try is counted even though it is refused (so the caller throws the refusal only after
     * this commits).
     */
    @Transactional
    public Outcome verify(String phone, String code, String deviceName) {
        Optional<String> e164 = phoneNumbers.toE164(phone);
        Optional<SignInCode> newest = e164.map(lookup::hash).flatMap(codes::lockNewest);
        if (newest.isEmpty()) {
            return refused(
                    HttpStatus.BAD_REQUEST,
                    "code-wrong",
                    "That code is not right",
                    "no code was sent to this number; ask for one");
        }
        SignInCode sent = newest.get();
        Instant now = clock.instant();
        if (sent.usedAt() != null) {
            return refused(
                    HttpStatus.BAD_REQUEST,
                    "code-used",
                    "That code was used already",
                    "each code works once; ask for a new one");
        }
        if (sent.tries() >= settings.codeTries()) {
            return refused(
                    HttpStatus.BAD_REQUEST,
                    "code-locked",
                    "Too many wrong tries",
                    "this code was tried wrongly "
                            + settings.codeTries()
                            + " times and is locked; ask for a new one");
        }
        if (!now.isBefore(sent.expiresAt())) {
            return refused(
                    HttpStatus.BAD_REQUEST,
                    "code-expired",
                    "That code has expired",
                    "codes work for "
                            + settings.codeLifetime().toMinutes()
                            + " minutes; ask for a new one");
        }
        boolean right =
                code != null
                        && code.matches("\\d{6}")
                        && BCrypt.verifyer()
                                .verify(
                                        code.getBytes(StandardCharsets.UTF_8),
                                        sent.codeHash().getBytes(StandardCharsets.UTF_8))
                                .verified;
        if (!right) {
            codes.countTry(sent.id());
            int left = settings.codeTries() - sent.tries() - 1;
            return left <= 0
                    ? refused(
                            HttpStatus.BAD_REQUEST,
                            "code-locked",
                            "Too many wrong tries",
                            "this code was tried wrongly "
                                    + settings.codeTries()
                                    + " times and is locked; ask for a new one")
                    : refused(
                            HttpStatus.BAD_REQUEST,
                            "code-wrong",
                            "That code is not right",
                            left + " tries left");
        }
        if (codes.markUsed(sent.id(), now) != 1) {
            return refused(
                    HttpStatus.BAD_REQUEST,
                    "code-used",
                    "That code was used already",
                    "each code works once; ask for a new one");
        }
        Person person = persons.findById(sent.personId()).orElseThrow();
        LOG.info("person {} signed in on a new device", person.id());
        return new Outcome.SignedIn(tokens.issue(person.id(), deviceName));
    }

    private static Outcome refused(HttpStatus status, String type, String title, String detail) {
        return new Outcome.Refused(new AppProblem(status, type, title, detail));
    }

    static String sha256(String value) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
