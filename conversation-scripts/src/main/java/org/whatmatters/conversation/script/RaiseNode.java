package org.whatmatters.conversation.script;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Raises one of the declared {@link ScriptEvent}s for the host and moves on, e.g. {@code raise:
 * delivery-problem} with {@code problem: not-arrived}. An argument may be a {@code {fact}}
 * placeholder; when that fact is not known (a skipped question) or its value is not one the event
 * takes, nothing is raised.
 */
public record RaiseNode(
        String id, int line, ScriptEvent event, Map<String, String> arguments, String next)
        implements Node {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_-]+)}");

    public static final NodeKind KIND =
            new NodeKind() {
                @Override
                public String name() {
                    return "raise";
                }

                @Override
                public Set<String> fields() {
                    Set<String> fields = new HashSet<>(Set.of("id", "raise", "next"));
                    fields.addAll(ScriptEvent.argumentNames());
                    return fields;
                }

                @Override
                public Optional<Node> read(String id, int line, NodeFields in) {
                    String name = in.scalar("raise", true);
                    String next = in.scalar("next", true);
                    if (name == null) {
                        return Optional.empty();
                    }
                    Optional<ScriptEvent> event = ScriptEvent.named(name);
                    if (event.isEmpty()) {
                        in.error(
                                in.line("raise"),
                                "unknown event '"
                                        + name
                                        + "' (events: "
                                        + String.join(", ", ScriptEvent.names())
                                        + ")");
                        return Optional.empty();
                    }
                    Map<String, String> arguments = new LinkedHashMap<>();
                    boolean complete = true;
                    for (ScriptEvent.Argument argument : event.get().arguments()) {
                        String value = in.scalar(argument.name(), false);
                        if (value == null) {
                            if (!in.has(argument.name())) {
                                in.error(
                                        line,
                                        "event '"
                                                + name
                                                + "' needs '"
                                                + argument.name()
                                                + "' ("
                                                + String.join(", ", argument.values())
                                                + ")");
                            }
                            complete = false;
                        } else if (!value.contains("{")
                                && !argument.values().isEmpty()
                                && !argument.values().contains(value)) {
                            in.error(
                                    in.line(argument.name()),
                                    "'"
                                            + argument.name()
                                            + "' of event '"
                                            + name
                                            + "' is one of "
                                            + String.join(", ", argument.values())
                                            + ", was '"
                                            + value
                                            + "'");
                            complete = false;
                        } else {
                            arguments.put(argument.name(), value);
                        }
                    }
                    for (String field : in.names()) {
                        if (ScriptEvent.argumentNames().contains(field)
                                && !arguments.containsKey(field)
                                && event.get().arguments().stream()
                                        .noneMatch(argument -> argument.name().equals(field))) {
                            in.error(
                                    in.line(field),
                                    "event '"
                                            + name
                                            + "' takes no '"
                                            + field
                                            + "'"
                                            + (event.get().arguments().isEmpty()
                                                    ? ""
                                                    : " (it takes "
                                                            + String.join(
                                                                    ", ",
                                                                    event.get().arguments().stream()
                                                                            .map(
                                                                                    ScriptEvent
                                                                                                    .Argument
                                                                                            ::name)
                                                                            .toList())
                                                            + ")"));
                            complete = false;
                        }
                    }
                    return complete && next != null
                            ? Optional.of(
                                    new RaiseNode(
                                            id, line, event.get(), Map.copyOf(arguments), next))
                            : Optional.empty();
                }
            };

    /**
     * The arguments with their placeholders filled from {@code facts}; empty when one cannot be
     * filled or is not allowed.
     */
    public Optional<Map<String, String>> argumentsIn(Map<String, String> facts) {
        Map<String, String> filled = new LinkedHashMap<>();
        for (ScriptEvent.Argument argument : event.arguments()) {
            Matcher placeholders = PLACEHOLDER.matcher(arguments.get(argument.name()));
            StringBuilder value = new StringBuilder();
            while (placeholders.find()) {
                String known = facts.get(placeholders.group(1));
                if (known == null || known.isBlank()) {
                    return Optional.empty();
                }
                placeholders.appendReplacement(value, Matcher.quoteReplacement(known));
            }
            placeholders.appendTail(value);
            if (!argument.values().isEmpty() && !argument.values().contains(value.toString())) {
                return Optional.empty();
            }
            filled.put(argument.name(), value.toString());
        }
        return Optional.of(filled);
    }

    @Override
    public Entered enter(Visit visit) {
        argumentsIn(visit.facts()).ifPresent(filled -> visit.raise(event, filled));
        return Entered.next(next);
    }

    @Override
    public List<String> successors() {
        return List.of(next);
    }

    @Override
    public List<Text> texts() {
        return List.of();
    }
}
