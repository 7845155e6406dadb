package org.whatmatters.conversation.engine;

/** Something the host must act on beyond sending texts and saving facts. */
public sealed interface EngineEvent {

    /**
     * Risk to life or acute distress: an urgent alert to a person who can act. Carries the phrase
     * id, never the text.
     */
    record CrisisDetected(String matched) implements EngineEvent {}

    /**
     * Distress without a stated risk to life ("I can't cope"): a routine alert so the partner
     * checks in. Carries the kind and the id of what matched, never the text.
     */
    record ConcernRaised(String kind, String matched) implements EngineEvent {}

    /** STOP: send nothing more, and stop pending follow-ups. */
    record OptedOut() implements EngineEvent {}

    /** START: messages may go out again. */
    record OptedIn() implements EngineEvent {}

    /** TALK: the person asked for a call from a person. */
    record TalkRequested() implements EngineEvent {}

    record StatusRequested() implements EngineEvent {}

    /**
     * LATER / NOT NOW during a follow-up contact: ask again in the next allowed window tomorrow.
     */
    record Postponed() implements EngineEvent {}

    /**
     * NO MORE: no more follow-up contacts; other messages (replies, crisis support, STATUS) still
     * allowed.
     */
    record FollowUpsDeclined() implements EngineEvent {}

    record LanguageChanged(String language) implements EngineEvent {}

    record QuestionSkipped(String script, String node) implements EngineEvent {}

    record ScriptFinished(String script) implements EngineEvent {}

    // Raised by a script's raise nodes (FORMAT.md lists them): each names the node that raised it.

    /** signposting-offered: local groups and services are being offered now. */
    record SignpostingOffered(Position at) implements EngineEvent {}

    /**
     * signposting-help-wanted: nothing close enough to offer; the partner is asked to share some
     * ideas.
     */
    record SignpostingHelpWanted(Position at) implements EngineEvent {}

    /**
     * signpost-asked-about: they asked for the details of offered service {@code number} (1 to 3).
     */
    record SignpostAskedAbout(int number, Position at) implements EngineEvent {}

    /** signpost-tried: whether they tried the service they asked about last time. */
    record SignpostTried(boolean tried, Position at) implements EngineEvent {}

    /** referral-stage-reached: {@code self-referred} or {@code what-matters-done}. */
    record ReferralStageReached(String stage, Position at) implements EngineEvent {}

    /** delivery-problem: {@code not-arrived} or {@code faulty}; the partner looks into it. */
    record DeliveryProblem(String problem, Position at) implements EngineEvent {}
}
