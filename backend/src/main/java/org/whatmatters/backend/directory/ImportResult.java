package org.whatmatters.backend.directory;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * What a CSV import did: entries added, entries of the same name replaced, rows identical to what
 * was there, and every row not imported as {@code line N, field F: problem}.
 */
@Serdeable
public record ImportResult(int imported, int updated, int unchanged, List<String> problems) {}
