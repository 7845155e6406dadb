package org.whatmatters.backend.alert;

/** Who an alert is for. */
public enum Recipient {
    /** The person's care coordinator, from the directory. */
    COORDINATOR,
    /** The duty worker of the coordinator's team (or of the team taking crisis alerts). */
    DUTY_WORKER,
    /**
     * The delivery partner handling the person: its shared alert inbox and phone, and its staff's
     * devices.
     */
    PARTNER,
    /** The delivery partner's lead: the last escalation. */
    PARTNER_LEAD
}
