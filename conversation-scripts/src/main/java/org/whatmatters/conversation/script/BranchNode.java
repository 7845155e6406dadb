package org.whatmatters.conversation.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Goes one way or another on a known fact; the first rule that holds wins, else {@code otherwise}.
 */
public record BranchNode(String id, int line, List<Rule> rules, String otherwise) implements Node {

    public static final NodeKind KIND =
            new NodeKind() {
                @Override
                public String name() {
                    return "branch";
                }

                @Override
                public Set<String> fields() {
                    return Set.of("id", "branch", "otherwise");
                }

                @Override
                public Optional<Node> read(String id, int line, NodeFields in) {
                    List<Rule> rules = new ArrayList<>();
                    if (!(in.raw("branch") instanceof SequenceNode list)
                            || list.getValue().isEmpty()) {
                        in.error(line, "'branch' is a list of rules (when, is or known, goto)");
                        return Optional.empty();
                    }
                    for (org.yaml.snakeyaml.nodes.Node item : list.getValue()) {
                        if (!(item instanceof MappingNode mapping)) {
                            in.error(
                                    NodeFields.line(item),
                                    "a rule is a mapping: when, is (or known), goto");
                            continue;
                        }
                        NodeFields rule =
                                in.nested(mapping, Set.of("when", "is", "known", "goto"), "rule");
                        String fact = rule.scalar("when", true);
                        String value = rule.scalar("is", false);
                        String known = rule.scalar("known", false);
                        String target = rule.scalar("goto", true);
                        if ((value == null) == (known == null)) {
                            in.error(rule.line(), "a rule needs exactly one of 'is' and 'known'");
                            continue;
                        }
                        if (fact != null && target != null) {
                            rules.add(
                                    new Rule(
                                            fact,
                                            value,
                                            known == null ? null : Boolean.valueOf(known),
                                            target,
                                            rule.line()));
                        }
                    }
                    String otherwise = in.scalar("otherwise", true);
                    return otherwise == null
                            ? Optional.empty()
                            : Optional.of(new BranchNode(id, line, List.copyOf(rules), otherwise));
                }
            };

    /**
     * {@code fact} equals {@code value} (any case), or, with {@code known} set, is or is not known.
     */
    public record Rule(String fact, String value, Boolean known, String target, int line) {

        boolean holds(Map<String, String> facts) {
            String actual = facts.get(fact);
            if (known != null) {
                return known == (actual != null && !actual.isBlank());
            }
            return actual != null && actual.equalsIgnoreCase(value);
        }
    }

    public String targetFor(Map<String, String> facts) {
        return rules.stream()
                .filter(rule -> rule.holds(facts))
                .map(Rule::target)
                .findFirst()
                .orElse(otherwise);
    }

    @Override
    public Entered enter(Visit visit) {
        return Entered.next(targetFor(visit.facts()));
    }

    @Override
    public List<String> successors() {
        List<String> targets = new ArrayList<>(rules.stream().map(Rule::target).toList());
        targets.add(otherwise);
        return targets;
    }

    @Override
    public List<Text> texts() {
        return List.of();
    }
}
