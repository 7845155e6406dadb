package org.whatmatters.backend.fhir;

import ca.uhn.fhir.context.FhirContext;
import jakarta.inject.Singleton;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * FHIR R4 JSON, written by HAPI FHIR's parser (one context for the application: building it is
 * slow).
 */
@Singleton
class FhirJson {

    static final String MEDIA_TYPE = "application/fhir+json";

    private final FhirContext context = FhirContext.forR4Cached();

    String write(IBaseResource resource) {
        return context.newJsonParser().setPrettyPrint(true).encodeResourceToString(resource);
    }
}
