package org.whatmatters.backend.fhir;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hl7.fhir.r4.model.Bundle;
import org.whatmatters.backend.coordinator.CareDirectory;
import org.whatmatters.backend.person.FactRepository;
import org.whatmatters.backend.referral.PartnerAccess;
import org.whatmatters.backend.referral.Referral;
import org.whatmatters.backend.referral.ReferralRepository;
import org.whatmatters.backend.security.Role;
import org.whatmatters.backend.staff.StaffAccountRepository;

/**
 * FHIR R4 export. A person's Bundle goes to their delivery partner (their own organisation's people
 * only: anyone else's is 404) and to their care coordinator only if the person agreed to share with
 * them (otherwise refused, 403). The conversation scripts as Questionnaires hold no personal data.
 * Interpreters get none of it.
 */
@Controller
@Secured({
    Role.Names.ADMIN,
    Role.Names.PARTNER,
    Role.Names.COORDINATOR
}) // each route narrows it to its own roles
@Tag(name = "FHIR export")
@SecurityRequirement(name = "bearer")
class FhirExportController {

    private final PersonBundles bundles;
    private final ScriptQuestionnaires questionnaires;
    private final FhirJson json;
    private final PartnerAccess partnerAccess;
    private final ReferralRepository referrals;
    private final FactRepository facts;
    private final StaffAccountRepository accounts;
    private final CareDirectory directory;

    FhirExportController(
            PersonBundles bundles,
            ScriptQuestionnaires questionnaires,
            FhirJson json,
            PartnerAccess partnerAccess,
            ReferralRepository referrals,
            FactRepository facts,
            StaffAccountRepository accounts,
            CareDirectory directory) {
        this.bundles = bundles;
        this.questionnaires = questionnaires;
        this.json = json;
        this.partnerAccess = partnerAccess;
        this.referrals = referrals;
        this.facts = facts;
        this.accounts = accounts;
        this.directory = directory;
    }

    /**
     * One of their people as a FHIR Bundle: Patient, QuestionnaireResponses, Tasks, Consent, Flag.
     */
    @Get(uri = "/partner/people/{personId}/fhir", produces = FhirJson.MEDIA_TYPE)
    @Secured(Role.Names.PARTNER)
    HttpResponse<String> forPartner(@PathVariable Long personId, Authentication authentication) {
        partnerAccess.referralFor(personId, authentication);
        return bundle(personId);
    }

    /**
     * A person linked to this coordinator, as a FHIR Bundle, only if they agreed to share with
     * their coordinator.
     */
    @Get(uri = "/coordinator/people/{personId}/fhir", produces = FhirJson.MEDIA_TYPE)
    @Secured(Role.Names.COORDINATOR)
    HttpResponse<String> forCoordinator(
            @PathVariable Long personId, Authentication authentication) {
        Long mine =
                accounts.findByUsername(authentication.getName())
                        .flatMap(account -> directory.forStaffAccount(account.id()))
                        .orElseThrow(
                                () ->
                                        new HttpStatusException(
                                                HttpStatus.FORBIDDEN,
                                                "this account is not linked to a coordinator in the directory; ask an admin to link it"))
                        .id();
        Referral referral =
                referrals
                        .findFirstByPersonIdOrderByIdDesc(personId)
                        .filter(found -> mine.equals(found.coordinatorId()))
                        .orElseThrow(
                                () ->
                                        new HttpStatusException(
                                                HttpStatus.NOT_FOUND,
                                                "no person " + personId + " is linked to you"));
        if (!"yes"
                .equalsIgnoreCase(
                        facts.currentFor(referral.personId()).get(PersonBundles.CONSENT_FACT))) {
            throw new HttpStatusException(
                    HttpStatus.FORBIDDEN,
                    "this person has not agreed to share their answers with their coordinator");
        }
        return bundle(personId);
    }

    /** Every conversation script as a Questionnaire (a Bundle of them). */
    @Get(uri = "/fhir/Questionnaire", produces = FhirJson.MEDIA_TYPE)
    @Secured({Role.Names.ADMIN, Role.Names.PARTNER, Role.Names.COORDINATOR})
    HttpResponse<String> questionnaires() {
        Bundle all = new Bundle().setType(Bundle.BundleType.COLLECTION);
        questionnaires
                .all()
                .forEach(
                        questionnaire ->
                                all.addEntry()
                                        .setFullUrl(questionnaire.getUrl())
                                        .setResource(questionnaire));
        return HttpResponse.ok(json.write(all)).contentType(FhirJson.MEDIA_TYPE);
    }

    /** One conversation script as a Questionnaire. */
    @Get(uri = "/fhir/Questionnaire/{script}", produces = FhirJson.MEDIA_TYPE)
    @Secured({Role.Names.ADMIN, Role.Names.PARTNER, Role.Names.COORDINATOR})
    HttpResponse<String> questionnaire(@PathVariable String script) {
        return questionnaires
                .script(script)
                .map(
                        found ->
                                HttpResponse.ok(json.write(questionnaires.of(found)))
                                        .contentType(FhirJson.MEDIA_TYPE))
                .orElseThrow(
                        () ->
                                new HttpStatusException(
                                        HttpStatus.NOT_FOUND, "no script '" + script + "'"));
    }

    private HttpResponse<String> bundle(Long personId) {
        return HttpResponse.ok(json.write(bundles.of(personId)))
                .contentType(FhirJson.MEDIA_TYPE)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"whatmatters-person-" + personId + ".fhir.json\"");
    }
}
