package org.whatmatters.backend.fhir;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.StringType;
import org.whatmatters.backend.twilio.PublicBaseUrl;
import org.whatmatters.conversation.answer.Answer;
import org.whatmatters.conversation.answer.ChoiceAnswer;
import org.whatmatters.conversation.answer.DateAnswer;
import org.whatmatters.conversation.answer.NumberAnswer;
import org.whatmatters.conversation.answer.YesNoAnswer;
import org.whatmatters.conversation.script.AskNode;
import org.whatmatters.conversation.script.Node;
import org.whatmatters.conversation.script.Script;
import org.whatmatters.conversation.script.ScriptLibrary;
import org.whatmatters.conversation.script.Text;

/**
 * Each conversation script as a FHIR R4 Questionnaire, generated from the script itself: one item
 * per question (its node id as linkId, the answer it saves as its code), the answer type (text,
 * choice with its options, yes/no as boolean, a number with its bounds, a date), the English as
 * written, and every translation an interpreter reviewed as the standard translation extension on
 * the text. Base R4; UK Core has no published Questionnaire profile (its drafts would apply here
 * once published).
 */
@Singleton
class ScriptQuestionnaires {

    static final String TRANSLATION = "http://hl7.org/fhir/StructureDefinition/translation";
    static final String MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue";
    static final String MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue";

    private final ScriptLibrary library = ScriptLibrary.shipped();
    private final ReviewedTranslations translations;
    private final String base;

    ScriptQuestionnaires(ReviewedTranslations translations, PublicBaseUrl publicBaseUrl) {
        this.translations = translations;
        this.base = publicBaseUrl.resolve("/fhir").toString();
    }

    Collection<Script> scripts() {
        return library.all().stream().sorted(java.util.Comparator.comparing(Script::id)).toList();
    }

    Optional<Script> script(String id) {
        return library.script(id);
    }

    /** The canonical URL of a script's Questionnaire. */
    String url(Script script) {
        return base + "/Questionnaire/" + script.id();
    }

    /** The answer system of one question's options. */
    String optionSystem(Script script, AskNode ask) {
        return url(script) + "/" + ask.id();
    }

    /** The question that saves {@code fact} in this script, if there is one. */
    Optional<AskNode> questionSaving(Script script, String fact) {
        return script.nodes().stream()
                .filter(node -> node instanceof AskNode ask && ask.save().equals(fact))
                .map(AskNode.class::cast)
                .findFirst();
    }

    Questionnaire of(Script script) {
        Map<String, Map<String, String>> reviewed = translations.all();
        Questionnaire questionnaire = new Questionnaire();
        questionnaire.setId(script.id());
        questionnaire.setUrl(url(script));
        questionnaire.setVersion(String.valueOf(script.version()));
        questionnaire.setName(name(script.id()));
        questionnaire.setTitle(script.title());
        questionnaire.setStatus(Enumerations.PublicationStatus.ACTIVE);
        questionnaire.setLanguage("en");
        questionnaire.addSubjectType("Patient");
        questionnaire.setPublisher("WhatMatters");
        questionnaire.setDescription(
                "The WhatMatters conversation '"
                        + script.id()
                        + "' (version "
                        + script.version()
                        + "), asked by text message one question at a time; every question may be skipped.");
        for (Node node : script.nodes()) {
            if (node instanceof AskNode ask) {
                questionnaire.addItem(item(script, ask, reviewed));
            }
        }
        return questionnaire;
    }

    private Questionnaire.QuestionnaireItemComponent item(
            Script script, AskNode ask, Map<String, Map<String, String>> reviewed) {
        Questionnaire.QuestionnaireItemComponent item =
                new Questionnaire.QuestionnaireItemComponent();
        item.setLinkId(ask.id());
        item.addCode(new Coding(base + "/answers", ask.save(), null));
        item.setText(ask.prompt().source());
        translate(item.getTextElement(), ask.prompt(), reviewed);
        item.setRequired(false);
        Answer answer = ask.answer();
        if (answer instanceof ChoiceAnswer choice) {
            item.setType(Questionnaire.QuestionnaireItemType.CHOICE);
            for (ChoiceAnswer.Option option : choice.options()) {
                Coding coding =
                        new Coding(
                                optionSystem(script, ask), option.value(), option.text().source());
                translate(coding.getDisplayElement(), option.text(), reviewed);
                item.addAnswerOption().setValue(coding);
            }
        } else if (answer instanceof YesNoAnswer) {
            item.setType(Questionnaire.QuestionnaireItemType.BOOLEAN);
        } else if (answer instanceof NumberAnswer number) {
            item.setType(Questionnaire.QuestionnaireItemType.INTEGER);
            item.addExtension(new Extension(MIN_VALUE, new IntegerType(number.min())));
            item.addExtension(new Extension(MAX_VALUE, new IntegerType(number.max())));
        } else if (answer instanceof DateAnswer) {
            item.setType(Questionnaire.QuestionnaireItemType.DATE);
        } else {
            item.setType(Questionnaire.QuestionnaireItemType.TEXT);
        }
        return item;
    }

    /**
     * The translation extension (language and content) for each language whose interpreter reviewed
     * this text.
     */
    private static void translate(
            StringType element, Text text, Map<String, Map<String, String>> reviewed) {
        reviewed.forEach(
                (language, texts) -> {
                    String translated = texts.get(text.key());
                    if (translated != null) {
                        Extension translation = element.addExtension().setUrl(TRANSLATION);
                        translation.addExtension(
                                "lang", new org.hl7.fhir.r4.model.CodeType(language));
                        translation.addExtension("content", new StringType(translated));
                    }
                });
    }

    /**
     * A computer-friendly name (FHIR's rule: a capital letter, then letters, digits or _):
     * follow-up-1 → FollowUp1.
     */
    static String name(String id) {
        StringBuilder name = new StringBuilder();
        for (String part : id.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                name.append(part.substring(0, 1).toUpperCase(Locale.ROOT))
                        .append(part.substring(1));
            }
        }
        return name.length() > 0 && Character.isLetter(name.charAt(0))
                ? name.toString()
                : "Script" + name;
    }

    List<Questionnaire> all() {
        List<Questionnaire> all = new ArrayList<>();
        scripts().forEach(script -> all.add(of(script)));
        return all;
    }
}
