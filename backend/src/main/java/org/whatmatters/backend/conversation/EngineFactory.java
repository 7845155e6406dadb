package org.whatmatters.backend.conversation;

import org.whatmatters.backend.settings.ConversationSettings;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.whatmatters.backend.translation.CatalogTexts;
import org.whatmatters.conversation.engine.CrisisCheck;
import org.whatmatters.conversation.engine.Engine;
import org.whatmatters.conversation.crisis.CrisisDetector;
import org.whatmatters.conversation.script.Replies;
import org.whatmatters.conversation.script.ScriptLibrary;

/**
 * The engine with the shipped scripts, loaded and validated once at start-up: a broken script stops
 * the service with {@code file:line: problem}, rather than failing a person mid-conversation.
 */
@Factory
class EngineFactory {

    private static final Logger LOG = LoggerFactory.getLogger(EngineFactory.class);

    @Context
    Engine engine(ConversationSettings settings, CatalogTexts texts) {
        ScriptLibrary library = ScriptLibrary.shipped();
        library.warnings().forEach(warning -> LOG.warn("script warning: {}", warning));
        CrisisDetector detector = CrisisDetector.forServedLanguages();
        CrisisCheck crisis = detector; // both tiers: crisis (match) and concern (assess)
        LOG.info("conversation scripts loaded: {}", library.all().stream().map(s -> s.id() + " v" + s.version()).sorted().toList());
        return new Engine(library, Replies.shipped(), texts, crisis, settings.longSilence());
    }
}
