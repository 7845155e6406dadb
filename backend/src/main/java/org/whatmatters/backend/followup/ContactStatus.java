package org.whatmatters.backend.followup;

import java.util.EnumSet;
import java.util.Set;

/** What became of a follow-up contact. */
public enum ContactStatus {
    /** Waiting for its time. */
    SCHEDULED,
    /** Held by the partner (pause); resumes when they say so. */
    PAUSED,
    /** Its first message went out; no reply yet. */
    STARTED,
    /** No reply after the first message: one gentle reminder went out. */
    REMINDED,
    /** They replied; the conversation is under way. */
    REPLIED,
    /** They said LATER / NOT NOW: asked again in the next window tomorrow. */
    POSTPONED,
    /**
     * Due, but the number may have changed hands (H2): a neutral question asked for the name they
     * gave; the contact starts when the reply is that name, and becomes a TASK otherwise or without
     * a reply.
     */
    CONFIRMING,
    /** A phone call or a visit: waiting in the partner's caseload for its outcome. */
    TASK,
    /** Done: the conversation finished, or the partner recorded that they reached the person. */
    COMPLETED,
    /** No reply after the reminder; the partner is told. Never a penalty. */
    UNREACHABLE,
    /** The partner skipped it. */
    SKIPPED,
    /** Its feedback and signposting were merged into an earlier contact. */
    MERGED,
    /** Stopped: the person declined (NO MORE, STOP) or the partner stopped all contacts. */
    CANCELLED;

    /** Not yet begun: when and how it runs may still change. */
    public static final Set<ContactStatus> UPCOMING = EnumSet.of(SCHEDULED, PAUSED);

    /** Begun by text and not finished: a reply from the person belongs to it. */
    static final Set<ContactStatus> RUNNING = EnumSet.of(STARTED, REMINDED, REPLIED, POSTPONED);

    /** Everything a stop ends. */
    static final Set<ContactStatus> OPEN =
            EnumSet.of(SCHEDULED, PAUSED, STARTED, REMINDED, REPLIED, POSTPONED, CONFIRMING, TASK);
}
