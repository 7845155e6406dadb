package org.whatmatters.backend.conversation;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.whatmatters.backend.person.FactRepository;
import org.whatmatters.backend.settings.ConversationSettings;
import org.whatmatters.backend.translation.CatalogTexts;
import org.whatmatters.conversation.answer.Answer;
import org.whatmatters.conversation.answer.ChoiceAnswer;
import org.whatmatters.conversation.answer.DateAnswer;
import org.whatmatters.conversation.answer.NumberAnswer;
import org.whatmatters.conversation.answer.YesNoAnswer;
import org.whatmatters.conversation.engine.ConversationState;
import org.whatmatters.conversation.script.AskNode;
import org.whatmatters.conversation.script.Node;
import org.whatmatters.conversation.script.ScriptLibrary;

/**
 * The question a person's conversation is waiting on, as an app shows it: its text and, for a
 * choice, each option (the app sends the option's number back as the answer, exactly as a text
 * reply would). Read from the stored state and rendered in the person's language with the same
 * texts and facts a turn uses; nothing is changed.
 */
@Singleton
public class OpenPrompt {

    /** Languages written right to left among those served. */
    static final Set<String> RIGHT_TO_LEFT = Set.of("ur", "ar");

    public record Choice(int number, String value, String text) {}

    /**
     * @param answer text, choice, yes-no, number or date
     */
    public record Prompt(String key, String text, String answer, List<Choice> choices) {}

    /**
     * @param prompt empty when nothing is waiting for an answer (not started, finished, or opted
     *     out)
     */
    public record Where(
            String language,
            String direction,
            boolean optedOut,
            boolean finished,
            Optional<Prompt> prompt) {}

    private final ConversationRepository conversations;
    private final FactRepository facts;
    private final StateCodec codec;
    private final ConversationSettings settings;
    private final CatalogTexts texts;
    private final List<HostFacts> hostFacts;
    private final ScriptLibrary library = ScriptLibrary.shipped();

    OpenPrompt(
            ConversationRepository conversations,
            FactRepository facts,
            StateCodec codec,
            ConversationSettings settings,
            CatalogTexts texts,
            List<HostFacts> hostFacts) {
        this.conversations = conversations;
        this.facts = facts;
        this.codec = codec;
        this.settings = settings;
        this.texts = texts;
        this.hostFacts = hostFacts;
    }

    public static String direction(String language) {
        return RIGHT_TO_LEFT.contains(language) ? "rtl" : "ltr";
    }

    public Where of(Long personId) {
        ConversationState state =
                conversations
                        .findById(personId)
                        .map(record -> codec.read(record.state()))
                        .orElse(ConversationState.fresh(Instant.EPOCH));
        String language = state.language();
        Optional<Prompt> prompt = Optional.empty();
        if (state.at() != null && state.waiting() && !state.optedOut()) {
            Optional<Node> node =
                    library.script(state.at().script())
                            .flatMap(script -> script.node(state.at().node()));
            if (node.isPresent() && node.get() instanceof AskNode ask) {
                Map<String, String> known = known(personId, state);
                prompt =
                        Optional.of(
                                new Prompt(
                                        ask.prompt().key(),
                                        texts.render(ask.prompt(), language, known),
                                        kind(ask.answer()),
                                        choices(ask.answer(), language, known)));
            }
        }
        return new Where(language, direction(language), state.optedOut(), state.finished(), prompt);
    }

    /**
     * The values a choice between languages offers (the LANGUAGE script's options): the languages
     * served.
     */
    public List<String> languages() {
        return options("language", "choose");
    }

    /**
     * The values the choice question {@code node} of {@code script} offers (empty if it is no
     * choice).
     */
    public List<String> options(String scriptId, String nodeId) {
        return library.script(scriptId)
                .flatMap(script -> script.node(nodeId))
                .filter(AskNode.class::isInstance)
                .map(AskNode.class::cast)
                .filter(ask -> ask.answer() instanceof ChoiceAnswer)
                .map(
                        ask ->
                                ((ChoiceAnswer) ask.answer())
                                        .options().stream()
                                                .map(ChoiceAnswer.Option::value)
                                                .toList())
                .orElse(List.of());
    }

    private List<Choice> choices(Answer answer, String language, Map<String, String> known) {
        List<Choice> choices = new ArrayList<>();
        if (answer instanceof ChoiceAnswer choice) {
            for (int i = 0; i < choice.options().size(); i++) {
                ChoiceAnswer.Option option = choice.options().get(i);
                choices.add(
                        new Choice(
                                i + 1,
                                option.value(),
                                texts.render(option.text(), language, known)));
            }
        }
        return choices;
    }

    private static String kind(Answer answer) {
        if (answer instanceof ChoiceAnswer) {
            return "choice";
        }
        if (answer instanceof YesNoAnswer) {
            return "yes-no";
        }
        if (answer instanceof NumberAnswer) {
            return "number";
        }
        if (answer instanceof DateAnswer) {
            return "date";
        }
        return "text";
    }

    private Map<String, String> known(Long personId, ConversationState state) {
        Map<String, String> saved = facts.currentFor(personId);
        Map<String, String> known = new HashMap<>(settings.placeholders());
        known.putAll(saved);
        for (HostFacts source : hostFacts) {
            known.putAll(source.factsFor(personId, state, saved, null));
        }
        return known;
    }
}
