package org.whatmatters.backend.fhir;

import java.util.Optional;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.whatmatters.conversation.answer.ChoiceAnswer;
import org.whatmatters.conversation.answer.DateAnswer;
import org.whatmatters.conversation.answer.NumberAnswer;
import org.whatmatters.conversation.answer.YesNoAnswer;
import org.whatmatters.conversation.script.AskNode;
import org.whatmatters.conversation.script.Script;

/**
 * A saved answer as the FHIR value its question's type asks for; nothing for a value that does not
 * fit (a skip).
 */
final class ScriptAnswers {

    private ScriptAnswers() {}

    static Optional<Type> value(
            Script script, AskNode question, String saved, ScriptQuestionnaires questionnaires) {
        if (saved == null || saved.isBlank()) {
            return Optional.empty();
        }
        String value = saved.strip();
        if (question.answer() instanceof YesNoAnswer) {
            return "yes".equals(value)
                    ? Optional.of(new BooleanType(true))
                    : "no".equals(value) ? Optional.of(new BooleanType(false)) : Optional.empty();
        }
        if (question.answer() instanceof NumberAnswer) {
            try {
                return Optional.of(new IntegerType(Integer.parseInt(value)));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        if (question.answer() instanceof DateAnswer) {
            try {
                return Optional.of(new DateType(value));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
        if (question.answer() instanceof ChoiceAnswer choice) {
            return choice.options().stream()
                    .filter(option -> option.value().equals(value))
                    .findFirst()
                    .map(
                            option ->
                                    (Type)
                                            new Coding(
                                                    questionnaires.optionSystem(script, question),
                                                    option.value(),
                                                    option.text().source()));
        }
        return Optional.of(new StringType(value));
    }
}
