package org.whatmatters.backend.console.simulator;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.whatmatters.backend.settings.ConversationSettings;
import org.whatmatters.backend.translation.CatalogTexts;
import org.whatmatters.backend.translation.DraftPreview;
import org.whatmatters.conversation.crisis.CrisisDetector;
import org.whatmatters.conversation.engine.ConversationState;
import org.whatmatters.conversation.engine.Engine;
import org.whatmatters.conversation.engine.Outgoing;
import org.whatmatters.conversation.engine.SavedFact;
import org.whatmatters.conversation.engine.StepResult;
import org.whatmatters.conversation.engine.Turn;
import org.whatmatters.conversation.script.Replies;
import org.whatmatters.conversation.script.Script;
import org.whatmatters.conversation.script.ScriptLibrary;
import org.whatmatters.conversation.script.Text;
import org.whatmatters.conversation.words.LaterWord;
import org.whatmatters.translations.catalog.AsSent;
import org.whatmatters.translations.sms.SmsSegments;

/**
 * The phone simulator: the real engine, scripts, replies, global words and crisis detection,
 * stepped with a throw-away state (as {@code ConversationTurns} steps a person's), and the real
 * serving rule for the texts. Nothing is sent, stored or alerted: each engine event becomes a
 * sentence saying what the service would have done. An interpreter may preview drafts: the same
 * engine with {@link DraftPreview}'s texts, each draft marked.
 */
@Singleton
class PhoneSimulator {

    static final String TALK_OFFER = "global.talk-offer";

    private final Engine engine;
    private final Engine previewing;
    private final ScriptLibrary library = ScriptLibrary.shipped();
    private final Replies replies = Replies.shipped();
    private final CatalogTexts texts;
    private final DraftPreview drafts;
    private final Map<String, String> typical;
    private final Clock clock;

    PhoneSimulator(
            Engine engine,
            CatalogTexts texts,
            DraftPreview drafts,
            ConversationSettings settings,
            Clock clock) {
        this.engine = engine;
        this.texts = texts;
        this.drafts = drafts;
        this.clock = clock;
        CrisisDetector detector = CrisisDetector.forServedLanguages();
        this.previewing =
                new Engine(library, replies, drafts, detector::match, settings.longSilence());
        Map<String, String> values = new HashMap<>(AsSent.TYPICAL);
        values.remove(
                "signpost_asked"); // only after an earlier offer; the follow-ups ask about it then
        values.putAll(settings.placeholders());
        this.typical = Map.copyOf(values);
    }

    /**
     * The scripts a simulation can start with: the welcome first, then the follow-up contacts, then
     * the rest.
     */
    List<String> startingScripts() {
        List<String> ids =
                new ArrayList<>(
                        library.all().stream()
                                .map(Script::id)
                                .sorted(
                                        Comparator.comparing(
                                                        (String id) ->
                                                                !id.equals(Engine.FIRST_SCRIPT))
                                                .thenComparing(id -> !library.isFollowUp(id))
                                                .thenComparing(id -> id))
                                .toList());
        return ids;
    }

    Simulation start(String language, String script, boolean previewDrafts) {
        library.require(script);
        Simulation simulation =
                new Simulation(
                        language,
                        script,
                        previewDrafts,
                        ConversationState.fresh(clock.instant()).withLanguage(language));
        simulation.answers.put("language", language);
        StepResult result =
                engineFor(simulation)
                        .begin(
                                script,
                                simulation.state,
                                known(simulation, script),
                                new Turn("", "schedule", clock.instant()));
        show(simulation, result);
        return simulation;
    }

    void reply(Simulation simulation, String text) {
        simulation.phone.add(Simulation.Bubble.person(text));
        StepResult result =
                engineFor(simulation)
                        .step(
                                simulation.state,
                                known(simulation, null),
                                new Turn(text, "sms", clock.instant()));
        show(simulation, result);
    }

    /** Every text of {@code script} in order, as the person would read it in {@code language}. */
    List<Simulation.Bubble> walk(String language, String script, boolean previewDrafts) {
        return library.require(script).texts().values().stream()
                .map(
                        text ->
                                bubble(
                                        text.key(),
                                        (previewDrafts ? drafts : texts)
                                                .render(text, language, typical),
                                        language,
                                        previewDrafts))
                .toList();
    }

    private Engine engineFor(Simulation simulation) {
        return simulation.previewingDrafts ? previewing : engine;
    }

    private Map<String, String> known(Simulation simulation, String starting) {
        Map<String, String> known = new HashMap<>(typical);
        String script =
                starting != null
                        ? starting
                        : simulation.state.at() == null ? null : simulation.state.at().script();
        known.put(
                LaterWord.FOLLOW_UP_ACTIVE_FACT,
                script != null && library.isFollowUp(script) ? "yes" : "no");
        known.put("contact_includes_feedback", "no");
        known.putAll(simulation.answers);
        return known;
    }

    /**
     * The step's texts on the phone, with the TALK offer once if any fell back to English, then
     * what would have happened.
     */
    private void show(Simulation simulation, StepResult result) {
        simulation.state = result.state();
        for (SavedFact fact : result.facts()) {
            simulation.answers.put(fact.name(), fact.value());
        }
        String language = result.state().language();
        boolean fellBack = false;
        for (Outgoing message : result.messages()) {
            Simulation.Bubble bubble =
                    bubble(message.key(), message.body(), language, simulation.previewingDrafts);
            fellBack |= "English: not reviewed yet".equals(bubble.shown());
            simulation.phone.add(bubble);
        }
        if (fellBack && !simulation.talkOffered) {
            Text offer = replies.get(TALK_OFFER);
            simulation.phone.add(
                    bubble(offer.key(), texts.render(offer, language, Map.of()), language, false));
            simulation.talkOffered = true;
        }
        result.events()
                .forEach(
                        event ->
                                simulation.phone.add(
                                        Simulation.Bubble.wouldHappen(WouldHappen.of(event))));
        if (result.messages().isEmpty() && result.events().isEmpty()) {
            simulation.phone.add(Simulation.Bubble.wouldHappen("Nothing would be sent."));
        }
    }

    /**
     * A text as the phone shows it: in its language and direction when it goes out translated, with
     * its review state and segments.
     */
    private Simulation.Bubble bubble(
            String key, String body, String language, boolean previewDrafts) {
        List<DraftPreview.Shown> states =
                Arrays.stream(key.split("\\+"))
                        .map(part -> drafts.stateOf(language, part, previewDrafts))
                        .toList();
        DraftPreview.Shown shown =
                states.contains(DraftPreview.Shown.ENGLISH_FALLBACK)
                        ? DraftPreview.Shown.ENGLISH_FALLBACK
                        : states.contains(DraftPreview.Shown.DRAFT_PREVIEW)
                                ? DraftPreview.Shown.DRAFT_PREVIEW
                                : states.contains(DraftPreview.Shown.REVIEWED)
                                        ? DraftPreview.Shown.REVIEWED
                                        : DraftPreview.Shown.ENGLISH;
        boolean translated =
                shown == DraftPreview.Shown.REVIEWED || shown == DraftPreview.Shown.DRAFT_PREVIEW;
        String lang = translated ? language : "en-GB";
        String dir = translated && AsSent.RIGHT_TO_LEFT.contains(language) ? "rtl" : "ltr";
        SmsSegments segments = SmsSegments.of(body);
        return new Simulation.Bubble(
                Simulation.Bubble.Kind.SERVICE,
                body,
                lang,
                dir,
                label(shown),
                segments.segments(),
                segments.encoding().name());
    }

    private static String label(DraftPreview.Shown shown) {
        return switch (shown) {
            case ENGLISH -> "English";
            case REVIEWED -> "Reviewed";
            case DRAFT_PREVIEW -> "Draft: not reviewed, a person would get the English";
            case ENGLISH_FALLBACK -> "English: not reviewed yet";
        };
    }
}
