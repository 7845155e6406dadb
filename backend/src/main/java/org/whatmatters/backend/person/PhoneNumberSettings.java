package org.whatmatters.backend.person;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * How phone numbers are read. {@code defaultRegion} ({@code WHATMATTERS_DEFAULT_REGION}, default
 * GB): the ISO 3166 region of numbers written without a country code (07700 900123).
 */
@ConfigurationProperties("whatmatters")
public record PhoneNumberSettings(@Bindable(defaultValue = "GB") String defaultRegion) {}
