package org.whatmatters.conversation.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.whatmatters.conversation.answer.Reading;
import org.whatmatters.conversation.script.AskNode;
import org.whatmatters.conversation.script.Entered;
import org.whatmatters.conversation.script.Messages;
import org.whatmatters.conversation.script.Node;
import org.whatmatters.conversation.script.Script;
import org.whatmatters.conversation.script.ScriptEvent;
import org.whatmatters.conversation.script.ScriptLibrary;
import org.whatmatters.conversation.script.Text;
import org.whatmatters.conversation.script.Visit;
import org.whatmatters.conversation.words.Lexicon;
import org.whatmatters.conversation.words.Reply;

/**
 * One step in the making: the state as it changes, and the texts, facts and events decided so far.
 * Nodes are walked here (each node does its own part through {@link Visit}); global words use the
 * same moves. Not shared between threads.
 */
public final class Step implements Visit {

    /** Facts the engine itself keeps in step with the state. */
    public static final String LANGUAGE_FACT = "language";

    private static final int MAX_NODES_PER_STEP = 200;

    private final ScriptLibrary library;
    private final Texts texts;
    private final Turn turn;
    private final Reply reply;
    private final Map<String, String> facts;
    private final List<Outgoing> messages = new ArrayList<>();
    private final List<SavedFact> saved = new ArrayList<>();
    private final List<EngineEvent> events = new ArrayList<>();
    private final boolean firstContact;
    private ConversationState state;
    private Lexicon lexicon;

    /**
     * @param firstContact a message from someone whose conversation has not begun yet: a side
     *     conversation (LANGUAGE, TALK) then leads into the welcome, and HELP, STATUS or START
     *     begin it
     */
    Step(
            ScriptLibrary library,
            Texts texts,
            ConversationState state,
            Map<String, String> facts,
            Turn turn,
            boolean firstContact) {
        this.library = library;
        this.texts = texts;
        this.state = state;
        this.facts = new HashMap<>(facts);
        this.turn = turn;
        this.reply = new Reply(turn.text());
        this.firstContact = firstContact;
        this.lexicon = Lexicon.forLanguage(state.language());
    }

    public Turn turn() {
        return turn;
    }

    /** The person's message, normalised once for every word and answer that looks at it. */
    public Reply reply() {
        return reply;
    }

    public ConversationState state() {
        return state;
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    @Override
    public Map<String, String> facts() {
        return facts;
    }

    /** Counts a reply to the current question that could not be read; returns how many so far. */
    int countInvalidReply() {
        state =
                new ConversationState(
                        state.at(),
                        state.waiting(),
                        state.invalidReplies() + 1,
                        state.returnTo(),
                        state.language(),
                        turn.at(),
                        state.optedOut(),
                        state.finished());
        return state.invalidReplies();
    }

    public void optOut() {
        state = state.withOptedOut(true, turn.at());
    }

    public void optIn() {
        state = state.withOptedOut(false, turn.at());
    }

    public void event(EngineEvent event) {
        events.add(event);
    }

    /** Sends one text in the person's language. */
    @Override
    public void say(Text text) {
        messages.add(new Outgoing(text.key(), render(text)));
    }

    /** Sends one text with extra placeholder values beside the facts. */
    public void sayWith(Text text, Map<String, String> extra) {
        Map<String, String> values = new HashMap<>(facts);
        values.putAll(extra);
        messages.add(new Outgoing(text.key(), texts.render(text, state.language(), values)));
    }

    String render(Text text) {
        return texts.render(text, state.language(), facts);
    }

    public void save(String name, String value, Position from) {
        facts.put(name, value);
        saved.add(
                new SavedFact(
                        name,
                        value,
                        from.script(),
                        from.version(),
                        from.node(),
                        turn.channel(),
                        turn.at()));
        if (LANGUAGE_FACT.equals(name) && !value.equals(state.language())) {
            state = state.withLanguage(value);
            lexicon = Lexicon.forLanguage(value);
            event(new EngineEvent.LanguageChanged(value));
        }
    }

    /** Forgets a fact for the rest of this step (a skipped question has no answer to branch on). */
    public void forget(String name) {
        facts.remove(name);
    }

    /**
     * Leaves any follow-up conversation (a script marked {@code follow-up: true}: a follow-up
     * contact or signposting) without asking anything more. If they were in the middle of something
     * else before it, that waits, and their next message brings its question back; otherwise the
     * conversation is finished.
     */
    public void leaveFollowUp() {
        List<Position> kept = new ArrayList<>();
        if (state.at() != null && !state.finished()) {
            kept.add(state.at());
        }
        kept.addAll(state.returnTo());
        kept.removeIf(position -> library.isFollowUp(position.script()));
        if (kept.isEmpty()) {
            if (state.at() != null) {
                state =
                        new ConversationState(
                                state.at(),
                                false,
                                0,
                                List.of(),
                                state.language(),
                                turn.at(),
                                state.optedOut(),
                                true);
            }
            return;
        }
        state =
                new ConversationState(
                        kept.get(0),
                        false,
                        0,
                        List.copyOf(kept.subList(1, kept.size())),
                        state.language(),
                        turn.at(),
                        state.optedOut(),
                        false);
    }

    /**
     * The question the person is being asked now, if any (after a script change, at its resume
     * point).
     */
    public Optional<AskNode> currentQuestion() {
        if (!state.waiting() || state.at() == null) {
            return Optional.empty();
        }
        return library.script(state.at().script())
                .map(script -> script.resumeAt(state.at().node()))
                .filter(AskNode.class::isInstance)
                .map(AskNode.class::cast);
    }

    public Script currentScript() {
        return library.require(state.at().script());
    }

    public Reading reading() {
        return new Reading(lexicon, this::render);
    }

    /**
     * Puts the current place aside and starts {@code scriptId}; its end brings the person back
     * here. On a first contact there is no place yet: its end leads into the welcome, so a first
     * message of LANGUAGE or TALK still gets them started.
     */
    public void detour(String scriptId) {
        List<Position> returnTo = new ArrayList<>(state.returnTo());
        if (state.at() != null && !state.finished()) {
            returnTo.add(0, state.at());
        } else if (state.at() == null && firstContact && returnTo.isEmpty()) {
            Script welcome = library.require(Engine.FIRST_SCRIPT);
            returnTo.add(new Position(welcome.id(), welcome.version(), welcome.start().id()));
        }
        state =
                new ConversationState(
                        state.at(),
                        false,
                        0,
                        List.copyOf(returnTo),
                        state.language(),
                        turn.at(),
                        state.optedOut(),
                        false);
        start(scriptId);
    }

    /**
     * On a first contact whose conversation has not begun (HELP, STATUS or START as the very first
     * message), begins the welcome after the reply, so nobody is left without a way in. Does
     * nothing otherwise.
     */
    public void beginIfNew() {
        if (firstContact && state.at() == null && !state.optedOut()) {
            start(Engine.FIRST_SCRIPT);
        }
    }

    /**
     * Whether moving on from {@code question} without an answer would only come straight back to it
     * (a question that loops until answered, such as consent): nothing said or asked in between,
     * only nodes that send nothing (branches, sets, raises), rehearsed without raising anything.
     */
    boolean leadsBackTo(AskNode question) {
        Script script = currentScript();
        Rehearsal rehearsal = new Rehearsal(facts);
        Node node = script.node(question.next()).orElseThrow();
        for (int walked = 0; walked < MAX_NODES_PER_STEP; walked++) {
            if (node.id().equals(question.id())) {
                return true;
            }
            Entered entered = node.enter(rehearsal);
            if (rehearsal.spoke || entered.move() != Entered.Move.NEXT) {
                return false;
            }
            node = script.node(entered.target()).orElseThrow();
        }
        return false;
    }

    /** Starts a script from its first node. */
    public void start(String scriptId) {
        Script script = library.require(scriptId);
        walk(script, script.start());
    }

    /** Enters the current question again (after HELP, START, or a detour), asking it again. */
    public void askAgain() {
        if (state.at() == null || state.finished()) {
            return;
        }
        Script script = currentScript();
        walk(script, script.resumeAt(state.at().node()));
    }

    /** Moves from the current question to what follows it. */
    public void moveOn(AskNode from) {
        Script script = currentScript();
        walk(script, script.node(from.next()).orElseThrow());
    }

    /**
     * Walks nodes from {@code node} until a question waits for an answer or the conversation ends.
     */
    void walk(Script script, Node node) {
        for (int walked = 0; walked < MAX_NODES_PER_STEP; walked++) {
            Position here = new Position(script.id(), script.version(), node.id());
            state =
                    new ConversationState(
                            here,
                            false,
                            0,
                            state.returnTo(),
                            state.language(),
                            turn.at(),
                            state.optedOut(),
                            false);
            Entered entered = node.enter(this);
            switch (entered.move()) {
                case NEXT -> node = script.node(entered.target()).orElseThrow();
                case WAIT -> {
                    state =
                            new ConversationState(
                                    here,
                                    true,
                                    0,
                                    state.returnTo(),
                                    state.language(),
                                    turn.at(),
                                    state.optedOut(),
                                    false);
                    return;
                }
                case SCRIPT -> {
                    event(new EngineEvent.ScriptFinished(script.id()));
                    script = library.require(entered.target());
                    node = script.start();
                }
                case END -> {
                    event(new EngineEvent.ScriptFinished(script.id()));
                    if (state.returnTo().isEmpty()) {
                        state =
                                new ConversationState(
                                        here,
                                        false,
                                        0,
                                        List.of(),
                                        state.language(),
                                        turn.at(),
                                        state.optedOut(),
                                        true);
                        return;
                    }
                    Position back = state.returnTo().get(0);
                    List<Position> rest = state.returnTo().subList(1, state.returnTo().size());
                    state =
                            new ConversationState(
                                    back,
                                    false,
                                    0,
                                    List.copyOf(rest),
                                    state.language(),
                                    turn.at(),
                                    state.optedOut(),
                                    false);
                    script = library.require(back.script());
                    node = script.resumeAt(back.node());
                }
            }
        }
        throw new IllegalStateException(
                "script "
                        + script.id()
                        + " walked "
                        + MAX_NODES_PER_STEP
                        + " nodes without a question");
    }

    /** Sends the question, its options numbered under it; the walk then waits for the answer. */
    @Override
    public void ask(AskNode question) {
        messages.add(
                new Outgoing(
                        question.prompt().key(), Messages.withOptions(question, this::render)));
    }

    /** Saves a fact from the node being entered. */
    @Override
    public void save(String fact, String value) {
        save(fact, value, state.at());
    }

    @Override
    public void raise(ScriptEvent event, Map<String, String> arguments) {
        event(RaisedEvents.of(event, arguments, state.at()));
    }

    /**
     * A walk ahead that sends and raises nothing: it keeps facts set on the way and notes whether
     * anything would be said.
     */
    private static final class Rehearsal implements Visit {

        private final Map<String, String> facts;
        private boolean spoke;

        Rehearsal(Map<String, String> facts) {
            this.facts = new HashMap<>(facts);
        }

        @Override
        public Map<String, String> facts() {
            return facts;
        }

        @Override
        public void say(Text text) {
            spoke = true;
        }

        @Override
        public void ask(AskNode question) {
            spoke = true;
        }

        @Override
        public void save(String fact, String value) {
            facts.put(fact, value);
        }

        @Override
        public void raise(ScriptEvent event, Map<String, String> arguments) {}
    }

    StepResult result() {
        return new StepResult(
                state, List.copyOf(messages), List.copyOf(saved), List.copyOf(events));
    }
}
