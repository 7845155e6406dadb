package org.whatmatters.backend.conversation;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.whatmatters.backend.settings.ConversationSettings;
import org.whatmatters.backend.translation.CatalogTexts;
import org.whatmatters.conversation.crisis.CrisisDetector;
import org.whatmatters.conversation.engine.CrisisCheck;
import org.whatmatters.conversation.engine.Engine;
import org.whatmatters.conversation.script.Replies;
import org.whatmatters.conversation.script.ScriptLibrary;

/**
 * The engine with the shipped scripts, loaded and validated once at start-up: a broken script stops
 * the service with {@code file:line: problem}, rather than failing a person mid-conversation.
 */
@Factory
class EngineFactory {

    private static final Logger LOG = LoggerFactory.getLogger(EngineFactory.class);

    /**
     * The one crisis check: the engine's, and the inbox's safety check before every turn ({@link
     * SafetyFirst}).
     */
    @Singleton
    CrisisCheck crisisCheck() {
        CrisisDetector detector = CrisisDetector.forServedLanguages();
        return detector; // both tiers: crisis (match) and concern (assess)
    }

    @Context
    Engine engine(ConversationSettings settings, CatalogTexts texts, CrisisCheck crisis) {
        ScriptLibrary library = ScriptLibrary.shipped();
        library.warnings().forEach(warning -> LOG.warn("script warning: {}", warning));
        LOG.info(
                "conversation scripts loaded: {}",
                library.all().stream().map(s -> s.id() + " v" + s.version()).sorted().toList());
        return new Engine(library, Replies.shipped(), texts, crisis, settings.longSilence());
    }
}
