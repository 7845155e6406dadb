package org.whatmatters.backend.console.simulator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.whatmatters.conversation.engine.ConversationState;

/**
 * One simulated conversation, kept with the signed-in console session (in memory, never in the
 * people or conversation tables): the engine's state, the answers given so far, and what the phone
 * shows.
 */
public final class Simulation {

    /**
     * One bubble on the phone: what the person wrote, a text they would get, or what the service
     * would have done.
     */
    public record Bubble(
            Kind kind,
            String text,
            String lang,
            String dir,
            String shown,
            int segments,
            String encoding) {

        public enum Kind {
            PERSON,
            SERVICE,
            WOULD_HAPPEN
        }

        static Bubble person(String text) {
            return new Bubble(Kind.PERSON, text, null, "auto", null, 0, null);
        }

        static Bubble wouldHappen(String text) {
            return new Bubble(Kind.WOULD_HAPPEN, text, "en-GB", "ltr", null, 0, null);
        }

        public boolean isPerson() {
            return kind == Kind.PERSON;
        }

        public boolean isService() {
            return kind == Kind.SERVICE;
        }
    }

    final String language;
    final String script;
    final boolean previewingDrafts;
    ConversationState state;
    final Map<String, String> answers = new HashMap<>();
    final List<Bubble> phone = new ArrayList<>();
    boolean talkOffered;

    public String getLanguage() {
        return language;
    }

    public String getScript() {
        return script;
    }

    public boolean isPreviewingDrafts() {
        return previewingDrafts;
    }

    public List<Bubble> getPhone() {
        return phone;
    }

    Simulation(String language, String script, boolean previewingDrafts, ConversationState state) {
        this.language = language;
        this.script = script;
        this.previewingDrafts = previewingDrafts;
        this.state = state;
    }
}
