package org.whatmatters.backend.followup;

/**
 * What one scheduled task does: a step for a contact, valid only while the contact is still at the
 * schedule version it was made for. Stored as "contactId/version/STEP/personId" in db-scheduler's
 * table (the person, so the task can lock them first without reading the contact twice); tasks
 * written before the person was added ("contactId/version/STEP") still parse, with {@code personId}
 * null.
 */
record TaskRef(long contactId, int version, Step step, Long personId) {

    enum Step {
        /** The contact's time has come. */
        START,
        /** A contact postponed with LATER comes round again. */
        RESUME,
        /** No reply yet: one gentle reminder. */
        REMIND,
        /** Still no reply after the reminder: the partner is told. */
        UNREACHABLE,
        /**
         * No answer to the question whether the number is still theirs: a task for the partner
         * (H2).
         */
        NUMBER_UNANSWERED
    }

    static TaskRef of(FollowUpContact contact, Step step) {
        return new TaskRef(contact.id(), contact.scheduleVersion(), step, contact.personId());
    }

    String data() {
        return contactId + "/" + version + "/" + step + (personId == null ? "" : "/" + personId);
    }

    String instanceId() {
        return contactId + "-v" + version + "-" + step.name().toLowerCase(java.util.Locale.ROOT);
    }

    static TaskRef parse(String data) {
        String[] parts = data.split("/");
        return new TaskRef(
                Long.parseLong(parts[0]),
                Integer.parseInt(parts[1]),
                Step.valueOf(parts[2]),
                parts.length > 3 ? Long.valueOf(parts[3]) : null);
    }
}
