package org.whatmatters.conversation.engine;

/** Something the host must act on beyond sending texts and saving facts. */
public sealed interface EngineEvent {

    /** Risk to life or acute distress: an urgent alert to a person who can act. Carries the phrase id, never the text. */
    record CrisisDetected(String matched) implements EngineEvent {
    }

    /**
     * Distress without a stated risk to life ("I can't cope"): a routine alert so the partner checks in. Carries the
     * kind and the id of what matched, never the text.
     */
    record ConcernRaised(String kind, String matched) implements EngineEvent {
    }

    /** STOP: send nothing more, and stop pending follow-ups. */
    record OptedOut() implements EngineEvent {
    }

    /** START: messages may go out again. */
    record OptedIn() implements EngineEvent {
    }

    /** TALK: the person asked for a call from a person. */
    record TalkRequested() implements EngineEvent {
    }

    record StatusRequested() implements EngineEvent {
    }

    /** LATER / NOT NOW during a follow-up contact: ask again in the next allowed window tomorrow. */
    record Postponed() implements EngineEvent {
    }

    /** NO MORE: no more follow-up contacts; other messages (replies, crisis support, STATUS) still allowed. */
    record FollowUpsDeclined() implements EngineEvent {
    }

    record LanguageChanged(String language) implements EngineEvent {
    }

    record QuestionSkipped(String script, String node) implements EngineEvent {
    }

    record ScriptFinished(String script) implements EngineEvent {
    }
}
