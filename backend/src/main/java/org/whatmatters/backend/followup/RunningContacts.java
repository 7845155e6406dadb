package org.whatmatters.backend.followup;

import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Which follow-up contact a person is in the middle of, for what happens during it (signposting
 * offers).
 */
@Singleton
public class RunningContacts {

    private final FollowUpContactRepository contacts;

    RunningContacts(FollowUpContactRepository contacts) {
        this.contacts = contacts;
    }

    /** The contact whose conversation is under way, the newest if several are. */
    public Optional<Long> current(Long personId) {
        return contacts
                .findByPersonIdAndStatusInOrderByContactNumber(personId, ContactStatus.RUNNING)
                .stream()
                .reduce((first, second) -> second)
                .map(FollowUpContact::id);
    }
}
