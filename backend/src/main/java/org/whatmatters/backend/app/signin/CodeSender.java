package org.whatmatters.backend.app.signin;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.whatmatters.backend.message.Channel;
import org.whatmatters.backend.outbox.Outbox;
import org.whatmatters.backend.person.FactRepository;
import org.whatmatters.backend.person.Person;
import org.whatmatters.backend.translation.CatalogTexts;
import org.whatmatters.conversation.script.Replies;

/**
 * Stores a code's hash and queues its SMS in one transaction: no code is kept that was not sent,
 * nor sent that was not kept.
 */
@Singleton
class CodeSender {

    static final String CODE_TEXT = "global.app.sign-in-code";
    private static final Logger LOG = LoggerFactory.getLogger(CodeSender.class);

    private final SignInCodeRepository codes;
    private final FactRepository facts;
    private final Outbox outbox;
    private final CatalogTexts texts;
    private final Replies replies = Replies.shipped();

    CodeSender(
            SignInCodeRepository codes, FactRepository facts, Outbox outbox, CatalogTexts texts) {
        this.codes = codes;
        this.facts = facts;
        this.outbox = outbox;
        this.texts = texts;
    }

    @Transactional
    void send(Person person, SignInCode hashed, String code) {
        codes.save(hashed);
        String language = facts.currentFor(person.id()).getOrDefault("language", "en");
        long minutes =
                java.time.Duration.between(hashed.createdAt(), hashed.expiresAt()).toMinutes();
        outbox.queue(
                person,
                Channel.SMS,
                texts.render(
                        replies.get(CODE_TEXT),
                        language,
                        Map.of("code", code, "minutes", String.valueOf(minutes))),
                null);
        LOG.info("sign-in code sent to person {}", person.id());
    }
}
