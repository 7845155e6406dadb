package org.whatmatters.conversation.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.whatmatters.conversation.crisis.CrisisDetector;
import org.whatmatters.conversation.script.Replies;
import org.whatmatters.conversation.script.ScriptLibrary;

/**
 * Drives the engine the way the host does: keeps state and facts between messages, moves a fake
 * clock.
 */
final class Chat {

    static final Instant START = Instant.parse("2026-11-22T10:00:00Z");
    static final Map<String, String> DEPLOYMENT =
            Map.of(
                    "emergency",
                    "999",
                    "samaritans",
                    "116 123",
                    "nhs111",
                    "NHS 111 (option 2)",
                    "named_contact",
                    "the WhatMatters team",
                    "privacy_url",
                    "example.org/privacy");

    final Engine engine;
    ConversationState state = ConversationState.fresh(START);
    final Map<String, String> facts = new HashMap<>(DEPLOYMENT);
    final List<SavedFact> saved = new ArrayList<>();
    final List<EngineEvent> events = new ArrayList<>();
    Instant now = START;
    StepResult last;

    /** The shipped crisis phrase lists in every served language, read once. */
    private static final CrisisDetector DETECTOR = CrisisDetector.forServedLanguages();

    /** The shipped scripts, read and validated once (immutable), not again for every test. */
    private static final ScriptLibrary SHIPPED = ScriptLibrary.shipped();

    Chat(ScriptLibrary library, CrisisCheck crisis) {
        this.engine =
                new Engine(
                        library, Replies.shipped(), new EnglishTexts(), crisis, Duration.ofDays(3));
    }

    /** The small test flows, with a stand-in crisis check that matches "end it". */
    static Chat onTestFlows() {
        CrisisCheck crisis =
                text ->
                        text.toLowerCase().contains("end it")
                                ? Optional.of("en:end it")
                                : Optional.empty();
        return new Chat(ScriptLibrary.fromFolder(Path.of("src/test/resources/flows/ok")), crisis);
    }

    /** The shipped scripts with the real crisis detector, as the service runs them. */
    static Chat onShippedScripts() {
        return new Chat(SHIPPED, DETECTOR);
    }

    /** Sends one message; returns the texts that came back. */
    List<String> send(String text) {
        return apply(engine.step(state, facts, new Turn(text, "sms", now)));
    }

    /** Sends one message the host has checked already, with what its check found. */
    List<String> sendChecked(String text, CrisisCheck.Assessment checked) {
        return apply(engine.step(state, facts, new Turn(text, "sms", now, checked)));
    }

    List<String> begin(String script) {
        return apply(engine.begin(script, state, facts, new Turn("", "schedule", now)));
    }

    Chat later(Duration duration) {
        now = now.plus(duration);
        return this;
    }

    private List<String> apply(StepResult result) {
        last = result;
        state = result.state();
        result.facts().forEach(fact -> facts.put(fact.name(), fact.value()));
        saved.addAll(result.facts());
        events.addAll(result.events());
        now = now.plusSeconds(30);
        return result.messages().stream().map(Outgoing::body).toList();
    }
}
