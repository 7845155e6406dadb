package org.whatmatters.conversation.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.whatmatters.conversation.script.AskNode;
import org.whatmatters.conversation.script.ScriptLibrary;

/**
 * One case of {@code src/test/resources/cases/*.yaml}: where the person is and what is known, what
 * happens (they write something, a script begins, a nudge), and what must come back. Unknown fields
 * are refused, so a misspelt expectation cannot pass unchecked.
 */
record EngineCase(String file, String name, String scripts, Map<String, Object> fields) {

    static final List<String> FIELDS =
            List.of(
                    "case",
                    "at",
                    "waiting",
                    "invalid-replies",
                    "return-to",
                    "language",
                    "opted-out",
                    "finished",
                    "silent-for",
                    "facts",
                    "says",
                    "begin",
                    "nudge",
                    "texts",
                    "keys",
                    "saved",
                    "not-saved",
                    "events",
                    "then",
                    "then-waiting",
                    "then-language",
                    "then-opted-out");

    @Override
    public String toString() {
        return name;
    }

    /**
     * Runs the case on {@code library} and returns every way the result differs from what the case
     * expects.
     */
    List<String> run(ScriptLibrary library, Chat chat) {
        chat.state = state(library);
        facts().forEach(chat.facts::put);
        if (fields.containsKey("silent-for")) {
            chat.later(duration((String) fields.get("silent-for")));
        }
        Turn turn =
                new Turn(
                        Objects.toString(fields.get("says"), ""),
                        fields.containsKey("says") ? "sms" : "schedule",
                        chat.now);
        StepResult result;
        if (fields.containsKey("begin")) {
            result = chat.engine.begin((String) fields.get("begin"), chat.state, chat.facts, turn);
        } else if (fields.containsKey("nudge")) {
            result = chat.engine.nudge((String) fields.get("nudge"), chat.state, chat.facts, turn);
        } else {
            result = chat.engine.step(chat.state, chat.facts, turn);
        }
        return differences(result);
    }

    private ConversationState state(ScriptLibrary library) {
        Position at = position(library, (String) fields.get("at"));
        boolean waiting =
                fields.containsKey("waiting")
                        ? (Boolean) fields.get("waiting")
                        : at != null
                                && library.script(at.script())
                                        .flatMap(script -> script.node(at.node()))
                                        .filter(AskNode.class::isInstance)
                                        .isPresent();
        List<Position> returnTo =
                strings("return-to").stream().map(place -> position(library, place)).toList();
        int invalid =
                fields.containsKey("invalid-replies") ? (Integer) fields.get("invalid-replies") : 0;
        return new ConversationState(
                at,
                waiting,
                invalid,
                returnTo,
                (String) fields.getOrDefault("language", "en"),
                Chat.START,
                Boolean.TRUE.equals(fields.get("opted-out")),
                Boolean.TRUE.equals(fields.get("finished")));
    }

    /**
     * {@code script/node}, at the version the library has now (or {@code script@version/node} for
     * an older one).
     */
    private static Position position(ScriptLibrary library, String place) {
        if (place == null) {
            return null;
        }
        String[] parts = place.split("/", 2);
        String[] scriptAndVersion = parts[0].split("@");
        int version =
                scriptAndVersion.length > 1
                        ? Integer.parseInt(scriptAndVersion[1])
                        : library.require(scriptAndVersion[0]).version();
        return new Position(scriptAndVersion[0], version, parts[1]);
    }

    private List<String> differences(StepResult result) {
        List<String> problems = new ArrayList<>();
        expect(
                problems,
                "texts",
                strings("texts"),
                result.messages().stream().map(Outgoing::body).toList());
        expect(
                problems,
                "keys",
                strings("keys"),
                result.messages().stream().map(Outgoing::key).toList());
        // compared as one line: a YAML list splits QuestionSkipped(main, colour) at its comma
        // unless it is quoted
        List<String> events = result.events().stream().map(EngineCase::written).toList();
        if (fields.containsKey("events")
                && !String.join(", ", strings("events")).equals(String.join(", ", events))) {
            problems.add("events: expected " + strings("events") + " but was " + events);
        }
        if (fields.containsKey("saved")) {
            Map<String, String> saved = new LinkedHashMap<>();
            result.facts().forEach(fact -> saved.put(fact.name(), fact.value()));
            Map<String, String> wanted = new LinkedHashMap<>();
            ((Map<?, ?>) fields.get("saved"))
                    .forEach(
                            (name, value) ->
                                    wanted.put(String.valueOf(name), String.valueOf(value)));
            if (!saved.equals(wanted)) {
                problems.add("saved: expected " + wanted + " but was " + saved);
            }
        }
        for (String name : strings("not-saved")) {
            if (result.facts().stream().anyMatch(fact -> fact.name().equals(name))) {
                problems.add("not-saved: '" + name + "' was saved");
            }
        }
        ConversationState after = result.state();
        if (fields.containsKey("then")) {
            String then = (String) fields.get("then");
            String was =
                    after.finished()
                            ? "finished"
                            : after.at() == null
                                    ? "nowhere"
                                    : after.at().script() + "/" + after.at().node();
            if (!then.equals(was)) {
                problems.add("then: expected " + then + " but was " + was);
            }
        }
        if (fields.containsKey("then-waiting")
                && !fields.get("then-waiting").equals(after.waiting())) {
            problems.add(
                    "then-waiting: expected "
                            + fields.get("then-waiting")
                            + " but was "
                            + after.waiting());
        }
        if (fields.containsKey("then-language")
                && !fields.get("then-language").equals(after.language())) {
            problems.add(
                    "then-language: expected "
                            + fields.get("then-language")
                            + " but was "
                            + after.language());
        }
        if (fields.containsKey("then-opted-out")
                && !fields.get("then-opted-out").equals(after.optedOut())) {
            problems.add(
                    "then-opted-out: expected "
                            + fields.get("then-opted-out")
                            + " but was "
                            + after.optedOut());
        }
        return problems;
    }

    private void expect(
            List<String> problems, String field, List<String> wanted, List<String> actual) {
        if (fields.containsKey(field) && !wanted.equals(actual)) {
            problems.add(field + ": expected " + wanted + " but was " + actual);
        }
    }

    /**
     * An event as a case writes it: its name, then its values in brackets without where it was
     * raised, e.g. {@code ScriptFinished(main)}, {@code QuestionSkipped(main, colour)}, {@code
     * OptedOut}.
     */
    static String written(EngineEvent event) {
        var components = event.getClass().getRecordComponents();
        String values =
                Stream.of(components)
                        .filter(component -> component.getType() != Position.class)
                        .map(
                                component -> {
                                    try {
                                        return String.valueOf(
                                                component.getAccessor().invoke(event));
                                    } catch (ReflectiveOperationException e) {
                                        throw new IllegalStateException(e);
                                    }
                                })
                        .collect(Collectors.joining(", "));
        return event.getClass().getSimpleName() + (values.isEmpty() ? "" : "(" + values + ")");
    }

    private Map<String, String> facts() {
        Map<String, String> facts = new HashMap<>();
        Optional.ofNullable((Map<?, ?>) fields.get("facts"))
                .ifPresent(
                        known ->
                                known.forEach(
                                        (name, value) ->
                                                facts.put(
                                                        String.valueOf(name),
                                                        String.valueOf(value))));
        return facts;
    }

    private List<String> strings(String field) {
        Object value = fields.get(field);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }

    private static Duration duration(String written) {
        long amount = Long.parseLong(written.substring(0, written.length() - 1));
        return switch (written.charAt(written.length() - 1)) {
            case 'd' -> Duration.ofDays(amount);
            case 'h' -> Duration.ofHours(amount);
            case 'm' -> Duration.ofMinutes(amount);
            default ->
                    throw new IllegalArgumentException(
                            "silent-for is a number and d, h or m, e.g. 4d: " + written);
        };
    }
}
