package org.whatmatters.backend.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.coordinator.CareTeam;
import org.whatmatters.backend.coordinator.CareTeamRepository;
import org.whatmatters.backend.coordinator.Coordinator;
import org.whatmatters.backend.coordinator.CoordinatorRepository;
import org.whatmatters.backend.referral.Referral;
import org.whatmatters.backend.referral.ReferralRepository;
import org.whatmatters.backend.security.Role;
import org.whatmatters.backend.support.Database;
import org.whatmatters.backend.support.StaffApi;
import org.whatmatters.backend.support.WithAPartner;
import org.whatmatters.notifications.delivery.DeliveryChannel;

/**
 * The FHIR R4 export, checked with HAPI FHIR's own validator against base R4: the scripts as
 * Questionnaires (with a reviewed translation carried as the translation extension), and a person's
 * Bundle as their partner and their consenting coordinator download it after a real conversation by
 * text; refused for a person who did not consent, and nothing for an interpreter.
 */
@MicronautTest(environments = "test", transactional = false)
class FhirExportTest extends WithAPartner {

    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private static final String DEE = "+447700900811";
    private static final String SAM = "+447700900812";
    private static final String WHO_MATTERS_KEY = "what-matters.who-matters.ask";
    private static final String WHO_MATTERS_UR = "آپ کے لیے کون اور کیا اہم ہے؟";

    @Inject CareTeamRepository teams;
    @Inject CoordinatorRepository coordinators;
    @Inject ReferralRepository referralRepository;

    private FhirValidator validator;

    @BeforeAll
    void theValidator() {
        PrePopulatedValidationSupport ours = new PrePopulatedValidationSupport(FHIR);
        ValidationSupportChain chain =
                new ValidationSupportChain(
                        new DefaultProfileValidationSupport(FHIR),
                        new CommonCodeSystemsTerminologyService(FHIR),
                        new InMemoryTerminologyServerValidationSupport(FHIR),
                        new SnapshotGeneratingValidationSupport(FHIR),
                        ours);
        validator = FHIR.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
        this.ours = ours;
    }

    private PrePopulatedValidationSupport ours;

    @Test
    void theValidatorFindsWhatIsWrong() {
        Task broken = new Task(); // neither status nor intent, both required in R4
        assertThat(validator.validateWithResult(broken).getMessages())
                .filteredOn(message -> message.getSeverity() == ResultSeverityEnum.ERROR)
                .isNotEmpty();
        Questionnaire misnamed = context.getBean(ScriptQuestionnaires.class).all().get(0);
        misnamed.getItemFirstRep().setLinkId(null);
        assertThat(validator.validateWithResult(misnamed).getMessages())
                .filteredOn(message -> message.getSeverity() == ResultSeverityEnum.ERROR)
                .isNotEmpty();
    }

    @Test
    void theScriptsAreValidQuestionnairesCarryingOnlyReviewedTranslations() {
        accounts.create("ivy.interpreter", PARTNER_PASSWORD, Role.INTERPRETER, null, null);
        StaffApi interpreter = signIn("ivy.interpreter", PARTNER_PASSWORD);
        String before =
                database.query(
                                "SELECT content FROM translation WHERE language = 'ur' AND text_key = ?",
                                WHO_MATTERS_KEY)
                        .get(0)
                        .get(0)
                        .toString();
        try {
            interpreter.put(
                    "/translations/ur/" + WHO_MATTERS_KEY, Map.of("translation", WHO_MATTERS_UR));
            interpreter.post("/translations/ur/" + WHO_MATTERS_KEY + "/review", Map.of());

            Bundle all = parse(get(partner, "/fhir/Questionnaire"), Bundle.class);
            assertThat(all.getEntry())
                    .extracting(
                            entry ->
                                    ((Questionnaire) entry.getResource())
                                            .getIdElement()
                                            .getIdPart())
                    .contains(
                            "welcome",
                            "self-referral",
                            "what-matters",
                            "contact-preferences",
                            "follow-up-1",
                            "follow-up-2",
                            "follow-up-3");
            for (Bundle.BundleEntryComponent entry : all.getEntry()) {
                assertValid(entry.getResource());
            }
            Questionnaire whatMatters =
                    parse(get(partner, "/fhir/Questionnaire/what-matters"), Questionnaire.class);
            Questionnaire.QuestionnaireItemComponent who =
                    whatMatters.getItem().stream()
                            .filter(item -> item.getLinkId().equals("who-matters"))
                            .findFirst()
                            .orElseThrow();
            assertThat(who.getText()).isEqualTo("Who and what is important to you?");
            assertThat(who.getType()).isEqualTo(Questionnaire.QuestionnaireItemType.TEXT);
            Extension translation =
                    who.getTextElement().getExtensionByUrl(ScriptQuestionnaires.TRANSLATION);
            assertThat(translation.getExtensionByUrl("lang").getValue().primitiveValue())
                    .isEqualTo("ur");
            assertThat(translation.getExtensionByUrl("content").getValue().primitiveValue())
                    .isEqualTo(WHO_MATTERS_UR);
            assertThat(
                            whatMatters.getItem().stream()
                                    .filter(item -> !item.getLinkId().equals("who-matters"))
                                    .flatMap(item -> item.getTextElement().getExtension().stream()))
                    .as("the drafts no interpreter reviewed are not exported as translations")
                    .isEmpty();

            Questionnaire followUp2 =
                    parse(get(partner, "/fhir/Questionnaire/follow-up-2"), Questionnaire.class);
            assertThat(followUp2.getItem().get(0).getType())
                    .isEqualTo(Questionnaire.QuestionnaireItemType.INTEGER);
            Questionnaire contact =
                    parse(
                            get(partner, "/fhir/Questionnaire/contact-preferences"),
                            Questionnaire.class);
            assertThat(contact.getItem().get(0).getAnswerOption())
                    .extracting(option -> option.getValueCoding().getCode())
                    .containsExactly("sms", "app", "phone", "face-to-face");
            assertThat(interpreter.send(HttpRequest.GET("/fhir/Questionnaire")).status())
                    .isEqualTo(403);
        } finally {
            database.update(
                    "UPDATE translation SET content = ?, state = 'DRAFT', reviewer = NULL, reviewed_at = NULL, reviewed_source = NULL"
                            + " WHERE language = 'ur' AND text_key = ?",
                    before,
                    WHO_MATTERS_KEY);
            context.getBean(org.whatmatters.backend.translation.ServedTranslations.class)
                    .invalidate();
        }
    }

    @Test
    void
            aConsentingPersonsBundleValidatesForTheirPartnerAndCoordinatorAndIsRefusedForOneWhoDidNotConsent() {
        Instant now = clock.instant();
        Long team =
                teams.save(
                                new CareTeam(
                                        null,
                                        "Leeds North CMHT",
                                        "Leeds and York Partnership NHS FT",
                                        "+447700900901",
                                        null,
                                        "MON-FRI",
                                        LocalTime.of(9, 0),
                                        LocalTime.of(17, 0),
                                        true,
                                        now,
                                        now))
                        .id();
        Long account =
                accounts.create(
                                "priya.shah",
                                PARTNER_PASSWORD,
                                Role.COORDINATOR,
                                null,
                                "Priya Shah")
                        .id();
        Long priya =
                coordinators
                        .save(
                                new Coordinator(
                                        null,
                                        "Priya Shah",
                                        team,
                                        "+447700900902",
                                        null,
                                        DeliveryChannel.SMS,
                                        account,
                                        now,
                                        now))
                        .id();
        accounts.create("ivy.interpreter", PARTNER_PASSWORD, Role.INTERPRETER, null, null);
        Long dee = throughTheConversation(DEE, "Dee", "yes");
        Long sam = throughTheConversation(SAM, "Sam", "no");
        for (Long person : List.of(dee, sam)) {
            Referral referral =
                    referralRepository.findFirstByPersonIdOrderByIdDesc(person).orElseThrow();
            referralRepository.update(referral.withCoordinator(priya, clock.instant()));
        }
        delivered(dee);
        timeIs(Instant.parse("2026-11-26T17:00:01Z"));
        awaitStatus(dee, 1, "STARTED");
        answer(DEE, "yes");
        answer(DEE, "1");
        awaitStatus(dee, 1, "COMPLETED");
        answer(DEE, "honestly i want to kill myself");

        Bundle forPartner = parse(get(partner, "/partner/people/" + dee + "/fhir"), Bundle.class);
        for (Questionnaire questionnaire : context.getBean(ScriptQuestionnaires.class).all()) {
            ours.addResource(questionnaire);
        }
        assertValid(forPartner);
        Patient patient = only(forPartner, Patient.class).get(0);
        assertThat(patient.getTelecomFirstRep().getValue()).isEqualTo(DEE);
        assertThat(patient.getNameFirstRep().getText()).isEqualTo("Dee");
        QuestionnaireResponse whatMatters =
                only(forPartner, QuestionnaireResponse.class).stream()
                        .filter(
                                response ->
                                        response.getQuestionnaire()
                                                .contains("/Questionnaire/what-matters|"))
                        .findFirst()
                        .orElseThrow();
        assertThat(whatMatters.getLanguage()).isEqualTo("en");
        assertThat(whatMatters.getStatus())
                .isEqualTo(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        assertThat(whatMatters.getAuthored()).isNotNull();
        assertThat(whatMatters.getItem())
                .filteredOn(item -> item.getLinkId().equals("one-thing"))
                .singleElement()
                .satisfies(
                        item ->
                                assertThat(item.getAnswerFirstRep().getValueStringType().getValue())
                                        .isEqualTo("Football boots"));
        QuestionnaireResponse contact1 =
                only(forPartner, QuestionnaireResponse.class).stream()
                        .filter(
                                response ->
                                        response.getQuestionnaire()
                                                .contains("/Questionnaire/follow-up-1|"))
                        .findFirst()
                        .orElseThrow();
        assertThat(contact1.getItem())
                .filteredOn(item -> item.getLinkId().equals("arrived"))
                .singleElement()
                .satisfies(
                        item ->
                                assertThat(
                                                ((BooleanType) item.getAnswerFirstRep().getValue())
                                                        .booleanValue())
                                        .isTrue());
        assertThat(only(forPartner, Task.class))
                .extracting(Task::getStatus)
                .containsExactly(
                        Task.TaskStatus.COMPLETED,
                        Task.TaskStatus.REQUESTED,
                        Task.TaskStatus.REQUESTED);
        assertThat(only(forPartner, Consent.class))
                .singleElement()
                .satisfies(
                        consent ->
                                assertThat(consent.getProvision().getType())
                                        .isEqualTo(Consent.ConsentProvisionType.PERMIT));
        assertThat(only(forPartner, Flag.class))
                .as("the crisis nobody has acknowledged yet")
                .hasSize(1);

        StaffApi coordinator = signIn("priya.shah", PARTNER_PASSWORD);
        Bundle forCoordinator =
                parse(get(coordinator, "/coordinator/people/" + dee + "/fhir"), Bundle.class);
        assertValid(forCoordinator);
        assertThat(only(forCoordinator, Patient.class).get(0).getNameFirstRep().getText())
                .isEqualTo("Dee");

        assertThat(coordinator.send(HttpRequest.GET("/partner/people/" + dee + "/fhir")).status())
                .as("the partner's route is the partner's only")
                .isEqualTo(403);
        assertThat(partner.send(HttpRequest.GET("/coordinator/people/" + dee + "/fhir")).status())
                .isEqualTo(403);
        StaffApi.Answer refused =
                coordinator.send(HttpRequest.GET("/coordinator/people/" + sam + "/fhir"));
        assertThat(refused.status()).as("Sam did not agree to share").isEqualTo(403);
        assertThat(refused.body().toString()).doesNotContain("Sam").doesNotContain(SAM);
        StaffApi interpreter = signIn("ivy.interpreter", PARTNER_PASSWORD);
        for (String path :
                List.of(
                        "/partner/people/" + dee + "/fhir",
                        "/coordinator/people/" + dee + "/fhir",
                        "/fhir/Questionnaire",
                        "/fhir/Questionnaire/what-matters")) {
            assertThat(interpreter.send(HttpRequest.GET(path)).status()).as(path).isEqualTo(403);
        }
        Long otherOrganisation =
                organisations
                        .save(
                                new org.whatmatters.backend.staff.Organisation(
                                        null, "Another Partner", START, null))
                        .id();
        accounts.create("olu.other", PARTNER_PASSWORD, Role.PARTNER, otherOrganisation, null);
        assertThat(
                        signIn("olu.other", PARTNER_PASSWORD)
                                .send(HttpRequest.GET("/partner/people/" + dee + "/fhir"))
                                .status())
                .as("another organisation's person")
                .isEqualTo(404);
    }

    // --- helpers
    // ---------------------------------------------------------------------------------------------

    private Long throughTheConversation(String phone, String name, String share) {
        List<String> answers =
                List.of(
                        "Hello",
                        "1",
                        "yes",
                        name,
                        "yes",
                        "Leeds",
                        "1",
                        "1",
                        "Priya Shah",
                        "Leeds North",
                        "SKIP",
                        share,
                        "My daughter",
                        "Being patient",
                        "I used to play football",
                        "SKIP",
                        "Getting out more",
                        "Football boots",
                        "I'd sleep better",
                        "1",
                        "weekdays",
                        "evenings",
                        "no",
                        "yes");
        for (String answer : answers) {
            answer(phone, answer);
        }
        Long person =
                database.queryForLong(
                        "SELECT id FROM person WHERE phone_e164_hash = ?",
                        Database.phoneHash(phone));
        assertThat(facts.currentFor(person))
                .containsEntry("consent_share_coordinator", share)
                .containsEntry("referral_status", "what-matters-done");
        return person;
    }

    private void answer(String phone, String text) {
        int before = textsTo(phone).size();
        says(phone, text);
        awaitTexts(phone, before + 1);
    }

    private String get(StaffApi staff, String path) {
        try {
            HttpResponse<String> response =
                    context.createBean(HttpClient.class, server.getURL())
                            .toBlocking()
                            .exchange(
                                    HttpRequest.GET(path).bearerAuth(staff.token()),
                                    Argument.of(String.class));
            assertThat(response.getContentType().orElseThrow().toString())
                    .startsWith("application/fhir+json");
            return response.body();
        } catch (HttpClientResponseException e) {
            throw new AssertionError(path + " answered " + e.getStatus().getCode());
        }
    }

    private static <T extends IBaseResource> T parse(String json, Class<T> type) {
        return FHIR.newJsonParser().parseResource(type, json);
    }

    private static <T extends Resource> List<T> only(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    private void assertValid(IBaseResource resource) {
        List<SingleValidationMessage> problems =
                validator.validateWithResult(resource).getMessages().stream()
                        .filter(
                                message ->
                                        message.getSeverity().ordinal()
                                                >= ResultSeverityEnum.ERROR.ordinal())
                        .toList();
        assertThat(problems)
                .as(
                        resource.fhirType()
                                + " "
                                + resource.getIdElement().getIdPart()
                                + " against base R4")
                .extracting(message -> message.getLocationString() + ": " + message.getMessage())
                .isEmpty();
    }
}
