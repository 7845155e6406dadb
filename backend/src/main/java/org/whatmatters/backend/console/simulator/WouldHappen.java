package org.whatmatters.backend.console.simulator;

import org.whatmatters.conversation.engine.EngineEvent;

/**
 * What the service would have done with an engine event (as the conversation, follow-up and
 * signposting listeners act on it), said in a sentence instead of done: the simulator raises no
 * alert and changes nobody's record.
 */
final class WouldHappen {

    private WouldHappen() {}

    static String of(EngineEvent event) {
        if (event instanceof EngineEvent.CrisisDetected crisis) {
            return "An URGENT alert would go to the duty worker (crisis language: "
                    + crisis.matched()
                    + "). None was raised.";
        } else if (event instanceof EngineEvent.OptedOut) {
            return "The person would be opted out: nothing more would be sent and their follow-ups would stop.";
        } else if (event instanceof EngineEvent.OptedIn) {
            return "The person would be opted back in: messages could go out again.";
        } else if (event instanceof EngineEvent.TalkRequested) {
            return "A routine alert would ask their delivery partner to call them.";
        } else if (event instanceof EngineEvent.StatusRequested) {
            return "The reply would say where their referral is.";
        } else if (event instanceof EngineEvent.Postponed) {
            return "This contact would be asked again in the next allowed window tomorrow.";
        } else if (event instanceof EngineEvent.FollowUpsDeclined) {
            return "No more follow-up contacts would be sent.";
        } else if (event instanceof EngineEvent.LanguageChanged changed) {
            return "Their language would be set to '" + changed.language() + "'.";
        } else if (event instanceof EngineEvent.QuestionSkipped skipped) {
            return "The question '" + skipped.node() + "' would be recorded as skipped.";
        } else if (event instanceof EngineEvent.ScriptFinished finished) {
            return "The script '" + finished.script() + "' would be finished.";
        } else if (event instanceof EngineEvent.SignpostingOffered) {
            return "Three local services from the directory would be offered and recorded.";
        } else if (event instanceof EngineEvent.SignpostingHelpWanted) {
            return "Their delivery partner would be asked to share some ideas (nothing close enough in the directory).";
        } else if (event instanceof EngineEvent.SignpostAskedAbout asked) {
            return "Service " + asked.number() + " would be recorded as the one they asked about.";
        } else if (event instanceof EngineEvent.SignpostTried tried) {
            return "Whether they tried it would be recorded: "
                    + (tried.tried() ? "yes" : "no")
                    + ".";
        } else if (event instanceof EngineEvent.ReferralStageReached stage) {
            return "Their referral would reach the stage '" + stage.stage() + "'.";
        } else if (event instanceof EngineEvent.DeliveryProblem problem) {
            return "A delivery problem ('"
                    + problem.problem()
                    + "') would be raised for their delivery partner.";
        }
        return "The service would act on " + event.getClass().getSimpleName() + ".";
    }
}
