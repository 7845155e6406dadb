package org.whatmatters.backend.fhir;

import java.util.Date;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.whatmatters.backend.followup.FollowUpContact;

/**
 * A follow-up contact as a FHIR Task: what it is, for whom, when it was due, ran and ended, and
 * what became of it.
 */
final class FollowUpTasks {

    private FollowUpTasks() {}

    static Task of(FollowUpContact contact, Reference subject) {
        Task task = new Task();
        task.setStatus(status(contact));
        task.setIntent(Task.TaskIntent.ORDER);
        task.setCode(new CodeableConcept().setText("Follow-up contact " + contact.contactNumber()));
        task.setDescription(
                "Follow-up contact "
                        + contact.contactNumber()
                        + " ("
                        + contact.script()
                        + ") by "
                        + contact.channel());
        task.setBusinessStatus(
                new CodeableConcept()
                        .setText(
                                contact.status().name()
                                        + (contact.outcome() == null
                                                ? ""
                                                : ", " + contact.outcome().name())));
        task.setFor(subject);
        task.setAuthoredOn(Date.from(contact.createdAt()));
        task.getRestriction().setPeriod(new Period().setStart(Date.from(contact.dueAt())));
        if (contact.startedAt() != null || contact.finishedAt() != null) {
            Period ran = new Period();
            if (contact.startedAt() != null) {
                ran.setStart(Date.from(contact.startedAt()));
            }
            if (contact.finishedAt() != null) {
                ran.setEnd(Date.from(contact.finishedAt()));
            }
            task.setExecutionPeriod(ran);
        }
        return task;
    }

    private static Task.TaskStatus status(FollowUpContact contact) {
        return switch (contact.status()) {
            case SCHEDULED -> Task.TaskStatus.REQUESTED;
            case PAUSED -> Task.TaskStatus.ONHOLD;
            case STARTED, REMINDED, REPLIED, POSTPONED, CONFIRMING -> Task.TaskStatus.INPROGRESS;
            case TASK -> Task.TaskStatus.READY;
            case COMPLETED -> Task.TaskStatus.COMPLETED;
            case UNREACHABLE -> Task.TaskStatus.FAILED;
            case SKIPPED, MERGED, CANCELLED -> Task.TaskStatus.CANCELLED;
        };
    }
}
