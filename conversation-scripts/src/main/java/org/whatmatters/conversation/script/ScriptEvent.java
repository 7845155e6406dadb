package org.whatmatters.conversation.script;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The events a script may raise with a {@code raise} node: the things the host acts on that a
 * script decides (an offer made, a referral moved on, a problem to look into). The host reacts to
 * these, never to text keys or fact names, so renaming a key or a fact cannot silently break a
 * referral or an alert. FORMAT.md lists them.
 */
public enum ScriptEvent {

    /**
     * Local groups and services are about to be offered (the host records what it offered, for
     * which contact).
     */
    SIGNPOSTING_OFFERED("signposting-offered"),
    /** There was nothing close enough to offer: the partner is asked to share some ideas. */
    SIGNPOSTING_HELP_WANTED("signposting-help-wanted"),
    /** They asked for the details of offered service {@code number}. */
    SIGNPOST_ASKED_ABOUT("signpost-asked-about", new Argument("number", "1", "2", "3")),
    /** Whether they tried a service they asked about last time. */
    SIGNPOST_TRIED("signpost-tried", new Argument("answer", "yes", "no")),
    /**
     * The referral got to a stage: self-referral done (it exists), or "what matters to me?" done
     * (ready for the partner).
     */
    REFERRAL_STAGE_REACHED(
            "referral-stage-reached", new Argument("stage", "self-referred", "what-matters-done")),
    /** The item has not arrived, or there is something wrong with it: the partner looks into it. */
    DELIVERY_PROBLEM("delivery-problem", new Argument("problem", "not-arrived", "faulty"));

    /** One argument: its name and, when it is one of a few, the values it may take. */
    public record Argument(String name, Set<String> values) {

        Argument(String name, String... values) {
            this(name, new LinkedHashSet<>(Arrays.asList(values)));
        }
    }

    private final String written;
    private final List<Argument> arguments;

    ScriptEvent(String written, Argument... arguments) {
        this.written = written;
        this.arguments = List.of(arguments);
    }

    /** The name as a script writes it, e.g. {@code signposting-offered}. */
    public String written() {
        return written;
    }

    public List<Argument> arguments() {
        return arguments;
    }

    public static Optional<ScriptEvent> named(String name) {
        return Arrays.stream(values()).filter(event -> event.written.equals(name)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(ScriptEvent::written).toList();
    }

    /**
     * Every argument name any event takes (the fields a {@code raise} node may have beside id,
     * raise and next).
     */
    static Set<String> argumentNames() {
        Set<String> names = new LinkedHashSet<>();
        for (ScriptEvent event : values()) {
            event.arguments.forEach(argument -> names.add(argument.name()));
        }
        return names;
    }
}
