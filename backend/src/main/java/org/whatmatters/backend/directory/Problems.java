package org.whatmatters.backend.directory;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The body of a 400: what is wrong, each problem as {@code field: problem}. */
@Serdeable
public record Problems(String message, List<String> problems) {
}
