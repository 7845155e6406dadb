package org.whatmatters.backend.app.conversation;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.whatmatters.backend.app.AppProblem;
import org.whatmatters.backend.app.delivery.AppMessageRepository;
import org.whatmatters.backend.conversation.OpenPrompt;
import org.whatmatters.backend.conversation.Preferences;
import org.whatmatters.backend.inbox.AppInbox;
import org.whatmatters.backend.message.InboundMessage;
import org.whatmatters.backend.message.InboundMessageRepository;
import org.whatmatters.backend.outbox.OutboundMessageRepository;
import org.whatmatters.backend.person.Person;
import org.whatmatters.backend.person.PersonRepository;

/**
 * The person's one conversation, seen and continued from the app. Answers (and STATUS, TALK, NO
 * MORE, which are answers like any other) go through {@link AppInbox}: the path an SMS takes.
 * Reading the history, or answering (whose response carries the replies), marks the messages
 * waiting in the app as fetched, which stops their fallback to SMS.
 */
@Singleton
class AppConversation {

    private final PersonRepository people;
    private final AppInbox inbox;
    private final InboundMessageRepository inbound;
    private final OutboundMessageRepository outbound;
    private final AppMessageRepository appMessages;
    private final OpenPrompt prompts;
    private final Preferences preferences;
    private final Clock clock;

    AppConversation(
            PersonRepository people,
            AppInbox inbox,
            InboundMessageRepository inbound,
            OutboundMessageRepository outbound,
            AppMessageRepository appMessages,
            OpenPrompt prompts,
            Preferences preferences,
            Clock clock) {
        this.people = people;
        this.inbox = inbox;
        this.inbound = inbound;
        this.outbound = outbound;
        this.appMessages = appMessages;
        this.prompts = prompts;
        this.preferences = preferences;
        this.clock = clock;
    }

    /**
     * Where the conversation is; nothing is marked read (the app reads messages with {@link
     * #history}).
     */
    AppViews.ConversationView where(Long personId) {
        return AppViews.ConversationView.of(prompts.of(personId));
    }

    /**
     * Every message to and from the person, oldest first, by whichever channel (the same as the
     * partner's transcript).
     */
    List<AppViews.MessageView> history(Long personId) {
        appMessages.markFetched(personId, clock.instant());
        List<AppViews.MessageView> messages = new ArrayList<>();
        inbound.findByPersonIdOrderById(personId)
                .forEach(
                        message ->
                                messages.add(
                                        new AppViews.MessageView(
                                                "in",
                                                message.channel().name(),
                                                message.body(),
                                                message.receivedAt())));
        outbound.findByPersonIdOrderById(personId)
                .forEach(
                        message ->
                                messages.add(
                                        new AppViews.MessageView(
                                                "out",
                                                message.channel().name(),
                                                message.body(),
                                                message.createdAt())));
        messages.sort(Comparator.comparing(AppViews.MessageView::at));
        return messages;
    }

    AppViews.AnsweredView answer(Long personId, String clientId, String text) {
        Person person = people.findById(personId).orElseThrow();
        boolean repeated =
                inbound.findByChannelAndProviderId(
                                org.whatmatters.backend.message.Channel.APP,
                                AppInbox.providerId(personId, clientId))
                        .isPresent();
        InboundMessage stored = inbox.receive(person, clientId, text);
        appMessages.markFetched(personId, clock.instant());
        List<AppViews.MessageView> replies =
                appMessages.findReplies(stored.id()).stream()
                        .map(
                                message ->
                                        new AppViews.MessageView(
                                                "out",
                                                message.channel().name(),
                                                message.body(),
                                                message.createdAt()))
                        .toList();
        return new AppViews.AnsweredView(
                repeated, replies, AppViews.ConversationView.of(prompts.of(personId)));
    }

    void language(Long personId, String language) {
        String wanted = language == null ? "" : language.trim().toLowerCase(Locale.ROOT);
        if (!prompts.languages().contains(wanted)) {
            throw AppProblem.badRequest(
                    "language-unknown", "language must be one of " + prompts.languages());
        }
        preferences.language(personId, wanted);
    }

    void contact(Long personId, ContactPreferences wanted) {
        set(personId, "contact_channel", "channel", wanted.channel());
        set(personId, "contact_days", "days", wanted.days());
        set(personId, "contact_times", "times", wanted.times());
    }

    private void set(Long personId, String fact, String node, String value) {
        if (value == null) {
            return;
        }
        List<String> allowed = prompts.options("contact-preferences", node);
        if (!allowed.contains(value)) {
            throw AppProblem.badRequest("preference-unknown", node + " must be one of " + allowed);
        }
        preferences.contact(personId, fact, value);
    }
}
