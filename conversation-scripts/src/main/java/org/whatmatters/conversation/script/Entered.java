package org.whatmatters.conversation.script;

/** Where the conversation goes once a node has been entered. */
public record Entered(Move move, String target) {

    public enum Move {
        /** On to {@code target}, a node of the same script. */
        NEXT,
        /** Wait here for the person's answer. */
        WAIT,
        /**
         * The script is over: back to where a side conversation began, or the conversation is
         * finished.
         */
        END,
        /** Carry on at the start of the script {@code target}. */
        SCRIPT
    }

    public static final Entered WAIT = new Entered(Move.WAIT, null);
    public static final Entered END = new Entered(Move.END, null);

    public static Entered next(String node) {
        return new Entered(Move.NEXT, node);
    }

    public static Entered script(String script) {
        return new Entered(Move.SCRIPT, script);
    }
}
