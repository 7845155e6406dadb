package org.whatmatters.backend.privacy;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.whatmatters.backend.security.Role;

/**
 * Key rotation for an admin: which keys hold how many values, and moving them onto the current key.
 */
@Controller("/staff/privacy")
@Secured(Role.Names.ADMIN)
@Tag(name = "Privacy")
@SecurityRequirement(name = "bearer")
class PrivacyKeysController {

    @Serdeable
    record Keys(String current, List<String> configured, Map<String, Long> values) {}

    @Serdeable
    record Rewritten(int rewritten, long remaining) {}

    private final ReEncryption reEncryption;
    private final TextCipher cipher;

    PrivacyKeysController(ReEncryption reEncryption, TextCipher cipher) {
        this.reEncryption = reEncryption;
        this.cipher = cipher;
    }

    @Get("/keys")
    Keys keys() {
        return new Keys(cipher.keyring().currentId(), cipher.keyring().ids(), reEncryption.count());
    }

    /**
     * One batch (up to {@code batch} values per column); call again until {@code remaining} is 0.
     */
    @Post("/re-encryption")
    Rewritten reEncrypt(@QueryValue(defaultValue = "500") int batch) {
        ReEncryption.Batch done = reEncryption.next(Math.max(1, Math.min(batch, 5000)));
        return new Rewritten(done.rewritten(), done.remaining());
    }
}
