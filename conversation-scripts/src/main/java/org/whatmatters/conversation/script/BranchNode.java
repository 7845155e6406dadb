package org.whatmatters.conversation.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Goes one way or another on a known fact; the first rule that holds wins, else {@code otherwise}. */
public record BranchNode(String id, int line, List<Rule> rules, String otherwise) implements Node {

    /** {@code fact} equals {@code value} (any case), or, with {@code known} set, is or is not known. */
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
        return rules.stream().filter(rule -> rule.holds(facts)).map(Rule::target).findFirst().orElse(otherwise);
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
