package org.whatmatters.backend.fhir;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.whatmatters.backend.followup.FollowUpContact;
import org.whatmatters.backend.followup.FollowUpContactRepository;
import org.whatmatters.backend.person.Fact;
import org.whatmatters.backend.person.FactRepository;
import org.whatmatters.backend.person.Person;
import org.whatmatters.backend.person.PersonEvent;
import org.whatmatters.backend.person.PersonEventRepository;
import org.whatmatters.backend.person.PersonRepository;
import org.whatmatters.conversation.script.Script;

/**
 * One person's record as a FHIR R4 Bundle (type collection), for a partner or a consenting person's
 * coordinator: a Patient (the number and the name they gave), a QuestionnaireResponse per
 * conversation they answered (in the language they chose, authored when they last answered it), the
 * follow-up contacts as Tasks, their answer about sharing with their coordinator as a Consent, and
 * a Flag for a crisis alert nobody has acknowledged yet. Entries are named by stable urn:uuid
 * addresses made from the person's id, so a second export matches the first.
 */
@Singleton
class PersonBundles {

    static final String CONSENT_FACT = "consent_share_coordinator";

    private final PersonRepository people;
    private final FactRepository facts;
    private final FollowUpContactRepository contacts;
    private final PersonEventRepository events;
    private final ScriptQuestionnaires questionnaires;
    private final Clock clock;

    PersonBundles(
            PersonRepository people,
            FactRepository facts,
            FollowUpContactRepository contacts,
            PersonEventRepository events,
            ScriptQuestionnaires questionnaires,
            Clock clock) {
        this.people = people;
        this.facts = facts;
        this.contacts = contacts;
        this.events = events;
        this.questionnaires = questionnaires;
        this.clock = clock;
    }

    Bundle of(Long personId) {
        Person person = people.findById(personId).orElseThrow();
        List<Fact> saved = facts.findByPersonIdOrderById(personId);
        Map<String, String> current = new LinkedHashMap<>();
        saved.forEach(fact -> current.put(fact.name(), fact.content()));
        List<PersonEvent> happened = events.findByPersonIdOrderById(personId);

        Bundle bundle = new Bundle();
        bundle.setId(uuid(personId, "bundle"));
        bundle.setType(Bundle.BundleType.COLLECTION);
        bundle.setTimestamp(Date.from(clock.instant()));
        String patientUrl = "urn:uuid:" + uuid(personId, "patient");
        add(bundle, patientUrl, patient(person, current));
        Reference subject = new Reference(patientUrl);

        Map<String, List<Fact>> byScript = new LinkedHashMap<>();
        saved.forEach(
                fact ->
                        byScript.computeIfAbsent(fact.script(), s -> new java.util.ArrayList<>())
                                .add(fact));
        byScript.forEach(
                (scriptId, answers) ->
                        questionnaires
                                .script(scriptId)
                                .ifPresent(
                                        script ->
                                                response(
                                                                script,
                                                                answers,
                                                                current.get("language"),
                                                                finished(happened, scriptId),
                                                                subject)
                                                        .ifPresent(
                                                                response ->
                                                                        add(
                                                                                bundle,
                                                                                "urn:uuid:"
                                                                                        + uuid(
                                                                                                personId,
                                                                                                "response-"
                                                                                                        + scriptId),
                                                                                response))));
        for (FollowUpContact contact : contacts.findByPersonIdOrderByContactNumber(personId)) {
            add(
                    bundle,
                    "urn:uuid:" + uuid(personId, "task-" + contact.id()),
                    FollowUpTasks.of(contact, subject));
        }
        saved.stream()
                .filter(fact -> fact.name().equals(CONSENT_FACT))
                .reduce((first, second) -> second)
                .ifPresent(
                        consent ->
                                add(
                                        bundle,
                                        "urn:uuid:" + uuid(personId, "consent"),
                                        consent(consent, subject)));
        happened.stream()
                .filter(event -> "CRISIS".equals(event.kind()) && event.handledAt() == null)
                .findFirst()
                .ifPresent(
                        crisis ->
                                add(
                                        bundle,
                                        "urn:uuid:" + uuid(personId, "flag-" + crisis.id()),
                                        crisisFlag(crisis, subject)));
        return bundle;
    }

    private static Patient patient(Person person, Map<String, String> current) {
        Patient patient = new Patient();
        patient.addTelecom()
                .setSystem(ContactPoint.ContactPointSystem.PHONE)
                .setUse(ContactPoint.ContactPointUse.MOBILE)
                .setValue(person.phoneE164());
        String name = current.get("preferred_name");
        if (name != null && !name.isBlank()) {
            patient.addName()
                    .setUse(org.hl7.fhir.r4.model.HumanName.NameUse.USUAL)
                    .setText(name.strip());
        }
        String language = current.get("language");
        if (language != null && !language.isBlank()) {
            patient.addCommunication()
                    .setPreferred(true)
                    .setLanguage(
                            new CodeableConcept(new Coding("urn:ietf:bcp:47", language, null)));
        }
        return patient;
    }

    private Optional<QuestionnaireResponse> response(
            Script script,
            List<Fact> answers,
            String language,
            boolean finished,
            Reference subject) {
        QuestionnaireResponse response = new QuestionnaireResponse();
        response.setQuestionnaire(questionnaires.url(script) + "|" + script.version());
        response.setStatus(
                finished
                        ? QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED
                        : QuestionnaireResponse.QuestionnaireResponseStatus.INPROGRESS);
        response.setSubject(subject);
        if (language != null && !language.isBlank()) {
            response.setLanguage(language);
        }
        Map<String, Fact> newest = new LinkedHashMap<>();
        answers.forEach(fact -> newest.put(fact.name(), fact));
        java.time.Instant authored = null;
        for (Fact fact : newest.values()) {
            var question = questionnaires.questionSaving(script, fact.name());
            if (question.isEmpty()) {
                continue;
            }
            var answer =
                    ScriptAnswers.value(script, question.get(), fact.content(), questionnaires);
            if (answer.isEmpty()) {
                continue;
            }
            QuestionnaireResponse.QuestionnaireResponseItemComponent item = response.addItem();
            item.setLinkId(question.get().id());
            item.setText(question.get().prompt().source());
            item.addAnswer().setValue(answer.get());
            authored =
                    authored == null || fact.savedAt().isAfter(authored)
                            ? fact.savedAt()
                            : authored;
        }
        if (authored == null) {
            return Optional.empty();
        }
        response.setAuthored(Date.from(authored));
        return Optional.of(response);
    }

    private static boolean finished(List<PersonEvent> happened, String scriptId) {
        return happened.stream()
                .anyMatch(
                        event ->
                                "SCRIPT_FINISHED".equals(event.kind())
                                        && scriptId.equals(event.detail()));
    }

    private static Consent consent(Fact answer, Reference subject) {
        boolean agreed = "yes".equalsIgnoreCase(answer.content());
        Consent consent = new Consent();
        consent.setStatus(Consent.ConsentState.ACTIVE);
        consent.setScope(
                new CodeableConcept(
                        new Coding(
                                "http://terminology.hl7.org/CodeSystem/consentscope",
                                "patient-privacy",
                                "Privacy Consent")));
        consent.addCategory(
                new CodeableConcept(new Coding("http://loinc.org", "59284-0", "Patient Consent")));
        consent.setPatient(subject);
        consent.setDateTimeElement(new DateTimeType(Date.from(answer.savedAt())));
        consent.setPolicyRule(
                new CodeableConcept(
                                new Coding(
                                        "http://terminology.hl7.org/CodeSystem/v3-ActCode",
                                        agreed ? "OPTIN" : "OPTOUT",
                                        agreed ? "opt-in" : "opt-out"))
                        .setText(
                                "Sharing their application and answers with their NHS care coordinator"));
        consent.getProvision()
                .setType(
                        agreed
                                ? Consent.ConsentProvisionType.PERMIT
                                : Consent.ConsentProvisionType.DENY)
                .addPurpose(
                        new Coding(
                                "http://terminology.hl7.org/CodeSystem/v3-ActReason",
                                "TREAT",
                                "treatment"));
        consent.getSourceReference()
                .setDisplay(
                        "their answer by text message ("
                                + answer.script()
                                + ", "
                                + answer.node()
                                + ")");
        return consent;
    }

    private static Flag crisisFlag(PersonEvent crisis, Reference subject) {
        Flag flag = new Flag();
        flag.setStatus(Flag.FlagStatus.ACTIVE);
        flag.addCategory(
                new CodeableConcept(
                        new Coding(
                                "http://terminology.hl7.org/CodeSystem/flag-category",
                                "safety",
                                "Safety")));
        flag.setCode(new CodeableConcept().setText("Crisis alert raised and not yet acknowledged"));
        flag.setSubject(subject);
        flag.setPeriod(new Period().setStart(Date.from(crisis.createdAt())));
        return flag;
    }

    private static void add(Bundle bundle, String fullUrl, Resource resource) {
        resource.setId(fullUrl.substring("urn:uuid:".length()));
        bundle.addEntry().setFullUrl(fullUrl).setResource(resource);
    }

    /** A stable UUID for one part of one person's export. */
    static String uuid(Long personId, String part) {
        return UUID.nameUUIDFromBytes(
                        ("whatmatters/person/" + personId + "/" + part)
                                .getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
