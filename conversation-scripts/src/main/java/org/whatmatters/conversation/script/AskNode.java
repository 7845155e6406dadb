package org.whatmatters.conversation.script;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.whatmatters.conversation.answer.Answer;
import org.whatmatters.conversation.answer.ChoiceAnswer;
import org.whatmatters.conversation.answer.DateAnswer;
import org.whatmatters.conversation.answer.NumberAnswer;
import org.whatmatters.conversation.answer.TextAnswer;
import org.whatmatters.conversation.answer.YesNoAnswer;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Asks one question and waits for the answer, which is read by {@link #answer} and saved to the
 * fact {@link #save}. With {@code unlessKnown}, a fact already known is not asked again.
 */
public record AskNode(
        String id,
        int line,
        Text prompt,
        Text hint,
        Answer answer,
        String save,
        boolean unlessKnown,
        String next)
        implements Node {

    public static final NodeKind KIND =
            new NodeKind() {
                @Override
                public String name() {
                    return "ask";
                }

                @Override
                public Set<String> fields() {
                    return Set.of(
                            "id",
                            "ask",
                            "key",
                            "hint",
                            "hint-key",
                            "answer",
                            "options",
                            "min",
                            "max",
                            "save",
                            "unless-known",
                            "next");
                }

                @Override
                public Optional<Node> read(String id, int line, NodeFields in) {
                    Text prompt = in.text("ask", "key");
                    Text hint = in.has("hint") ? in.text("hint", "hint-key") : null;
                    String type = in.scalar("answer", true);
                    Answer answer = null;
                    if (type != null) {
                        switch (type) {
                            case "text" -> answer = new TextAnswer();
                            case "yes-no" -> answer = new YesNoAnswer();
                            case "date" -> answer = new DateAnswer();
                            case "number" -> {
                                Integer min = in.integer("min");
                                Integer max = in.integer("max");
                                if (min != null && max != null) {
                                    if (min > max) {
                                        in.error(
                                                in.line("min"),
                                                "min " + min + " is above max " + max);
                                    }
                                    answer = new NumberAnswer(min, max);
                                }
                            }
                            case "choice" -> answer = choice(in);
                            default ->
                                    in.error(
                                            in.line("answer"),
                                            "unknown answer type '"
                                                    + type
                                                    + "' (text, choice, yes-no, number, date)");
                        }
                    }
                    if (!"choice".equals(type) && in.has("options")) {
                        in.error(in.line("options"), "options belong to answer: choice");
                    }
                    String save = in.scalar("save", true);
                    String next = in.scalar("next", true);
                    boolean unlessKnown = in.bool("unless-known");
                    if (prompt == null || answer == null || save == null || next == null) {
                        return Optional.empty();
                    }
                    return Optional.of(
                            new AskNode(id, line, prompt, hint, answer, save, unlessKnown, next));
                }

                private Answer choice(NodeFields in) {
                    if (!(in.raw("options") instanceof SequenceNode sequence)
                            || sequence.getValue().size() < 2) {
                        in.error(
                                in.line("options"),
                                "a choice needs 'options': a list of at least two");
                        return null;
                    }
                    List<ChoiceAnswer.Option> options = new ArrayList<>();
                    for (org.yaml.snakeyaml.nodes.Node item : sequence.getValue()) {
                        if (!(item instanceof MappingNode mapping)) {
                            in.error(
                                    NodeFields.line(item),
                                    "an option is a mapping with value, text and key");
                            continue;
                        }
                        NodeFields option =
                                in.nested(
                                        mapping, Set.of("value", "text", "key", "also"), "option");
                        String value = option.scalar("value", true);
                        Text text = option.text("text", "key");
                        List<String> also = new ArrayList<>();
                        if (option.raw("also") instanceof SequenceNode words) {
                            words.getValue()
                                    .forEach(
                                            word ->
                                                    also.add(
                                                            word instanceof ScalarNode s
                                                                    ? s.getValue()
                                                                    : ""));
                        } else if (option.has("also")) {
                            in.error(option.line("also"), "'also' is a list of words");
                        }
                        if (value != null && text != null) {
                            options.add(new ChoiceAnswer.Option(value, text, List.copyOf(also)));
                        }
                    }
                    return new ChoiceAnswer(List.copyOf(options));
                }
            };

    /**
     * Whether the fact it saves is known already, so that with {@code unless-known} it is not asked
     * again.
     */
    public boolean answeredIn(Map<String, String> facts) {
        String known = facts.get(save);
        return known != null && !known.isBlank();
    }

    @Override
    public Entered enter(Visit visit) {
        if (unlessKnown && answeredIn(visit.facts())) {
            return Entered.next(next);
        }
        visit.ask(this);
        return Entered.WAIT;
    }

    @Override
    public boolean waitsForAnswer() {
        return true;
    }

    /** Options that answer to the same word, or to a word that is also an option number. */
    @Override
    public void check(NodeCheck check) {
        if (!(answer instanceof ChoiceAnswer choice)) {
            return;
        }
        Map<String, String> owners = new HashMap<>();
        for (ChoiceAnswer.Option option : choice.options()) {
            for (String word : new LinkedHashSet<>(option.words())) {
                if (word.matches("\\d+")) {
                    check.error(
                            option.text().line(),
                            "option '"
                                    + option.value()
                                    + "' answers to '"
                                    + word
                                    + "', which is also an option number");
                }
                String owner = owners.putIfAbsent(word, option.value());
                if (owner != null && !owner.equals(option.value())) {
                    check.error(
                            option.text().line(),
                            "options '"
                                    + owner
                                    + "' and '"
                                    + option.value()
                                    + "' in '"
                                    + id
                                    + "' both answer to '"
                                    + word
                                    + "'");
                }
            }
        }
    }

    @Override
    public List<Text> asSent() {
        return answer instanceof ChoiceAnswer
                ? List.of(new Text(prompt.key(), Messages.withOptions(this), prompt.line()))
                : texts();
    }

    @Override
    public List<String> successors() {
        return List.of(next);
    }

    @Override
    public List<Text> texts() {
        List<Text> texts = new ArrayList<>();
        texts.add(prompt);
        if (hint != null) {
            texts.add(hint);
        }
        texts.addAll(answer.texts());
        return texts;
    }
}
