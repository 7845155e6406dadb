package org.whatmatters.backend.followup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A task names its person so the due task locks them without reading the contact first; tasks
 * already in the table from before still run.
 */
class TaskRefTest {

    @Test
    void aTaskCarriesItsPersonThroughTheTable() {
        TaskRef task = new TaskRef(41, 3, TaskRef.Step.REMIND, 7L);

        assertThat(task.data()).isEqualTo("41/3/REMIND/7");
        assertThat(TaskRef.parse(task.data())).isEqualTo(task);
        assertThat(task.instanceId()).isEqualTo("41-v3-remind");
    }

    @Test
    void aTaskWrittenBeforeThePersonWasAddedStillParsesWithoutOne() {
        assertThat(TaskRef.parse("41/3/START"))
                .isEqualTo(new TaskRef(41, 3, TaskRef.Step.START, null));
    }
}
