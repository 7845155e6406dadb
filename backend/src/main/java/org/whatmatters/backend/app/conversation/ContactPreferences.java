package org.whatmatters.backend.app.conversation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * How the person likes to be contacted; a part left out is left as it is. Values are the
 * contact-preferences script's.
 */
@Serdeable
@Schema(name = "AppContactPreferences")
record ContactPreferences(
        @Nullable
                @Schema(
                        description = "how follow-ups reach them",
                        allowableValues = {"sms", "app", "phone", "face-to-face"})
                String channel,
        @Nullable @Schema(allowableValues = {"weekdays", "weekends", "any"}) String days,
        @Nullable @Schema(allowableValues = {"mornings", "afternoons", "evenings", "any"})
                String times) {}
