package org.whatmatters.backend.staff;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Serdeable
public record NewOrganisation(@NotBlank @Size(max = 200) String name) {}
