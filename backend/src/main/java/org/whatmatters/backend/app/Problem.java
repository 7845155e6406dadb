package org.whatmatters.backend.app;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** An RFC 7807 problem, as every app route answers an error. */
@Serdeable
@Schema(name = "Problem", description = "RFC 7807 problem details (application/problem+json)")
public record Problem(
        @Schema(
                        description =
                                "a URI naming the kind of problem; its last part is a stable word such as code-wrong")
                String type,
        @Schema(description = "a short summary for people") String title,
        @Schema(description = "the HTTP status") int status,
        @Schema(description = "what went wrong in this case, for people") String detail) {}
