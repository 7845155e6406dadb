package org.whatmatters.conversation.engine;

import java.util.Map;
import org.whatmatters.conversation.script.ScriptEvent;

/**
 * The typed {@link EngineEvent} for each event a script may raise; the compiler sees that none is
 * left out.
 */
final class RaisedEvents {

    private RaisedEvents() {}

    /**
     * @param arguments the event's arguments, filled and checked by the raise node
     */
    static EngineEvent of(ScriptEvent event, Map<String, String> arguments, Position at) {
        return switch (event) {
            case SIGNPOSTING_OFFERED -> new EngineEvent.SignpostingOffered(at);
            case SIGNPOSTING_HELP_WANTED -> new EngineEvent.SignpostingHelpWanted(at);
            case SIGNPOST_ASKED_ABOUT ->
                    new EngineEvent.SignpostAskedAbout(
                            Integer.parseInt(arguments.get("number")), at);
            case SIGNPOST_TRIED ->
                    new EngineEvent.SignpostTried("yes".equals(arguments.get("answer")), at);
            case REFERRAL_STAGE_REACHED ->
                    new EngineEvent.ReferralStageReached(arguments.get("stage"), at);
            case DELIVERY_PROBLEM -> new EngineEvent.DeliveryProblem(arguments.get("problem"), at);
        };
    }
}
