package org.whatmatters.backend.coordinator;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalTime;
import org.whatmatters.notifications.workingtime.TeamHours;

/**
 * An NHS care team of the directory, and its duty worker: who is alerted when a coordinator of the
 * team cannot be reached, or about a crisis when nobody knows a person's coordinator ({@code
 * defaultForCrisis}, at most one team). Work contact details, never about a person using the
 * service.
 *
 * @param organisation the NHS trust or provider the team belongs to, as written (Bradford District
 *     Care NHS FT)
 * @param dutyPhone the duty worker's phone in E.164, if any (a team has a duty phone, a duty email
 *     or both)
 * @param workingDays the days the team works, in {@link WorkingDays}' form ({@code MON-FRI})
 * @param opensAt when the team opens on its working days, Europe/London
 * @param closesAt when it closes, after it opens on the same day
 */
@Serdeable
@MappedEntity("care_team")
public record CareTeam(
        @Id @GeneratedValue @Nullable Long id,
        String name,
        String organisation,
        @Nullable String dutyPhone,
        @Nullable String dutyEmail,
        String workingDays,
        @JsonFormat(pattern = "HH:mm") LocalTime opensAt,
        @JsonFormat(pattern = "HH:mm") LocalTime closesAt,
        boolean defaultForCrisis,
        Instant createdAt,
        Instant updatedAt) {

    /**
     * The team's hours, for working-time arithmetic (routine escalation counts working days in
     * them).
     */
    public TeamHours hours() {
        return new TeamHours(
                TeamHours.LONDON, WorkingDays.read(workingDays).days(), opensAt, closesAt);
    }

    static CareTeam from(TeamFields fields, Instant now) {
        return new CareTeam(
                null,
                fields.name(),
                fields.organisation(),
                fields.dutyPhone(),
                fields.dutyEmail(),
                fields.workingDays(),
                LocalTime.parse(fields.opensAt()),
                LocalTime.parse(fields.closesAt()),
                Boolean.TRUE.equals(fields.defaultForCrisis()),
                now,
                now);
    }

    /** The same team with other fields, keeping its id and creation time. */
    CareTeam with(TeamFields fields, Instant now) {
        CareTeam changed = from(fields, now);
        return new CareTeam(
                id,
                changed.name,
                changed.organisation,
                changed.dutyPhone,
                changed.dutyEmail,
                changed.workingDays,
                changed.opensAt,
                changed.closesAt,
                changed.defaultForCrisis,
                createdAt,
                now);
    }

    /** What staff edit, in the form {@link TeamRules} gives back after checking. */
    TeamFields fields() {
        return new TeamFields(
                name,
                organisation,
                dutyPhone,
                dutyEmail,
                workingDays,
                TeamRules.time(opensAt),
                TeamRules.time(closesAt),
                defaultForCrisis);
    }
}
