package org.whatmatters.backend.followup;

import java.util.Locale;

/**
 * How a contact reaches the person: their preference from the conversation ({@code
 * contact_channel}), which a partner may change. A phone call or a visit becomes a task in the
 * partner's caseload. A contact's messages go to the app when the person's own preference is the
 * app and a device is signed in (else by text): see {@code app.delivery.AppReplyChannel}.
 */
public enum ContactChannel {
    SMS,
    APP,
    PHONE,
    FACE_TO_FACE;

    /** Whether the service itself runs the contact's conversation, or a person does. */
    public boolean byText() {
        return this == SMS || this == APP;
    }

    /** From the person's answer (sms, app, phone, face-to-face); text when they did not say. */
    static ContactChannel fromPreference(String answer) {
        if (answer == null || answer.isBlank()) {
            return SMS;
        }
        try {
            return valueOf(answer.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            return SMS;
        }
    }
}
