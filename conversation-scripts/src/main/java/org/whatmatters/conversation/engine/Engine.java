package org.whatmatters.conversation.engine;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.whatmatters.conversation.script.AskNode;
import org.whatmatters.conversation.script.Replies;
import org.whatmatters.conversation.script.Script;
import org.whatmatters.conversation.script.ScriptLibrary;
import org.whatmatters.conversation.words.CrisisWord;
import org.whatmatters.conversation.words.GlobalWord;
import org.whatmatters.conversation.words.HelpWord;
import org.whatmatters.conversation.words.LanguageWord;
import org.whatmatters.conversation.words.LaterWord;
import org.whatmatters.conversation.words.NoMoreWord;
import org.whatmatters.conversation.words.OptOutWord;
import org.whatmatters.conversation.words.OptedOutGate;
import org.whatmatters.conversation.words.SkipWord;
import org.whatmatters.conversation.words.StatusWord;
import org.whatmatters.conversation.words.TalkWord;

/**
 * Steps conversations. Pure: a step takes the state, the known facts and one message, and returns
 * the new state, the texts to send, the facts to save and the events to act on. It sends nothing,
 * stores nothing and reads no clock; the host does all of that, in one transaction.
 */
public final class Engine {

    public static final String FIRST_SCRIPT = "welcome";

    /** Replies that could not be read before the conversation moves on anyway. */
    static final int HINTS_BEFORE_MOVING_ON = 2;

    private final ScriptLibrary library;
    private final Replies replies;
    private final Texts texts;
    private final Duration longSilence;
    private final List<GlobalWord> words;

    public Engine(
            ScriptLibrary library,
            Replies replies,
            Texts texts,
            CrisisCheck crisis,
            Duration longSilence) {
        this.library = library;
        this.replies = replies;
        this.texts = texts;
        this.longSilence = longSilence;
        // Order matters: crisis pre-empts everything; an opted-out person hears nothing but START.
        this.words =
                List.of(
                        new CrisisWord(crisis, replies),
                        new OptedOutGate(replies),
                        new OptOutWord(replies),
                        new HelpWord(replies),
                        new LanguageWord(),
                        new StatusWord(replies),
                        new TalkWord(),
                        new LaterWord(replies),
                        new NoMoreWord(replies),
                        new SkipWord());
    }

    /**
     * Whether {@code scriptId} belongs to the follow-up after delivery (marked {@code follow-up:
     * true} in its file), which NO MORE ends; false for a script that does not exist.
     */
    public boolean isFollowUp(String scriptId) {
        return library.isFollowUp(scriptId);
    }

    /**
     * Starts {@code scriptId} for someone (a first contact, or a scheduled follow-up); silent if
     * they opted out.
     */
    public StepResult begin(
            String scriptId, ConversationState state, Map<String, String> facts, Turn turn) {
        Step step = new Step(library, texts, state, facts, turn, false);
        if (!state.optedOut()) {
            step.detour(scriptId);
        }
        return step.result();
    }

    /**
     * A nudge without a message from the person: {@code replyKey}'s text, then the question they
     * are on asked again (a reminder after a silence, or a follow-up postponed with LATER coming
     * round). Silent if they opted out or no question is waiting.
     */
    public StepResult nudge(
            String replyKey, ConversationState state, Map<String, String> facts, Turn turn) {
        Step step = new Step(library, texts, state, facts, turn, false);
        if (!state.optedOut() && step.currentQuestion().isPresent()) {
            step.say(replies.get(replyKey));
            step.askAgain();
        }
        return step.result();
    }

    /**
     * One message from the person. A first message that is a word that works anywhere still leads
     * into the welcome: after LANGUAGE or TALK's side conversation, or straight after the reply to
     * HELP, STATUS or START; after crisis support (or LATER, NO MORE) their next message begins it.
     */
    public StepResult step(ConversationState state, Map<String, String> facts, Turn turn) {
        boolean longSilent =
                state.lastActivity() != null
                        && state.lastActivity().plus(longSilence).isBefore(turn.at());
        Step step = new Step(library, texts, state, facts, turn, state.at() == null);
        for (GlobalWord word : words) {
            if (word.handle(step)) {
                return step.result();
            }
        }
        if (state.at() == null) {
            step.start(FIRST_SCRIPT);
            return step.result();
        }
        if (state.finished()) {
            step.say(replies.get("global.finished"));
            return step.result();
        }
        Optional<AskNode> question = step.currentQuestion();
        if (question.isEmpty()) {
            step.askAgain();
            return step.result();
        }
        answer(step, question.get(), longSilent);
        return step.result();
    }

    /**
     * The reply to the question waiting. After a long silence, a reply that does not answer it, or
     * any reply to a free-text question, gets one line of context and the question again: days
     * later, "sorry, been in hospital" is not an answer to "What qualities do other people admire
     * in you?". A reply that does answer a choice, yes/no, number or date question (it can only be
     * read as one of the answers offered) is taken as the answer.
     */
    private void answer(Step step, AskNode question, boolean longSilent) {
        Script script = step.currentScript();
        Position here = new Position(script.id(), script.version(), question.id());
        Optional<String> value =
                longSilent && question.answer().acceptsAnyText()
                        ? Optional.empty()
                        : question.answer().read(step.reply(), step.reading());
        if (value.isPresent()) {
            step.save(question.save(), value.get(), here);
            step.moveOn(question);
            return;
        }
        if (longSilent) {
            step.sayWith(replies.get("global.resume"), Map.of("topic", script.title()));
            step.askAgain();
            return;
        }
        if (step.countInvalidReply() <= HINTS_BEFORE_MOVING_ON) {
            step.say(question.hint() != null ? question.hint() : question.prompt());
            return;
        }
        if (step.leadsBackTo(question)) {
            // moving on would only ask this again (consent): keep asking kindly, and keep nothing
            // they wrote
            if (question.hint() != null) {
                step.say(question.hint());
            } else {
                step.askAgain();
            }
            return;
        }
        String said = step.turn().text().strip();
        if (!said.isEmpty()) {
            step.save(question.save() + "_said", said, here);
        }
        step.say(replies.get("global.move-on"));
        step.moveOn(question);
    }
}
