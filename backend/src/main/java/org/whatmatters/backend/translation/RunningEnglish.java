package org.whatmatters.backend.translation;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.whatmatters.conversation.answer.ChoiceAnswer;
import org.whatmatters.conversation.script.AskNode;
import org.whatmatters.conversation.script.ExtractCatalogs;
import org.whatmatters.conversation.script.Node;
import org.whatmatters.conversation.script.Replies;
import org.whatmatters.conversation.script.Script;
import org.whatmatters.conversation.script.ScriptLibrary;
import org.whatmatters.conversation.script.Text;
import org.whatmatters.translations.catalog.Catalog;

/**
 * The English the running scripts and replies hold — which is what a review must match to be
 * served, whatever English the catalog files carry (a build with {@code -DskipTests} can ship
 * scripts newer than their catalogs) — and how each choice question is laid out as one message (its
 * prompt, then its options).
 */
@Singleton
public class RunningEnglish {

    private final Map<String, Catalog.SourceText> sources;
    private final Map<String, List<String>> questions;

    @Inject
    public RunningEnglish() {
        this(ScriptLibrary.shipped(), Replies.shipped());
    }

    RunningEnglish(ScriptLibrary library, Replies replies) {
        this.sources =
                Collections.unmodifiableMap(
                        new LinkedHashMap<>(
                                ExtractCatalogs.sources(library, replies))); // conversation order
        Map<String, List<String>> byKey = new HashMap<>();
        for (Script script : library.all()) {
            for (Node node : script.nodes()) {
                if (node instanceof AskNode ask && ask.answer() instanceof ChoiceAnswer choice) {
                    List<String> keys = new ArrayList<>();
                    keys.add(ask.prompt().key());
                    choice.texts().stream().map(Text::key).forEach(keys::add);
                    keys.forEach(key -> byKey.put(key, List.copyOf(keys)));
                }
            }
        }
        this.questions = Map.copyOf(byKey);
    }

    /**
     * Every text's English and interpreter's note, by key, as the scripts now have them, in
     * conversation order.
     */
    public Map<String, Catalog.SourceText> sources() {
        return sources;
    }

    public Optional<String> english(String key) {
        return Optional.ofNullable(sources.get(key)).map(Catalog.SourceText::text);
    }

    /**
     * For a key that is part of a choice question (its prompt or one of its options), the
     * question's keys: the prompt first, then each option in order. Empty for every other text.
     */
    public List<String> question(String key) {
        return questions.getOrDefault(key, List.of());
    }
}
