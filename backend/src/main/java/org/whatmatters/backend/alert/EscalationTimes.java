package org.whatmatters.backend.alert;

import io.micronaut.context.annotation.Context;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.whatmatters.backend.person.PersonEvent;
import org.whatmatters.backend.settings.InvalidSettingException;
import org.whatmatters.notifications.workingtime.BankHolidays;
import org.whatmatters.notifications.workingtime.InvalidBankHolidaysException;
import org.whatmatters.notifications.workingtime.TeamHours;
import org.whatmatters.notifications.workingtime.WorkingTime;

/**
 * When an alert nobody acknowledged escalates: urgent ones after 30 minutes (then 30 more to the
 * partner's lead); routine ones after 2 working days, counted in the coordinator's team's hours (or
 * Monday to Friday, 09:00-17:00) with weekends and England-and-Wales bank holidays skipped, from
 * GOV.UK's published list (the shipped copy, or BANK_HOLIDAYS_FILE). A broken bank-holidays file
 * stops start-up, naming the file and problem.
 */
@Context
class EscalationTimes {

    private static final Logger LOG = LoggerFactory.getLogger(EscalationTimes.class);

    private final AlertSettings settings;
    private final BankHolidays holidays;

    EscalationTimes(AlertSettings settings) {
        this.settings = settings;
        try {
            this.holidays =
                    settings.bankHolidaysFile().isBlank()
                            ? BankHolidays.bundled()
                            : BankHolidays.load(Path.of(settings.bankHolidaysFile()));
        } catch (InvalidBankHolidaysException e) {
            throw new InvalidSettingException(
                    "BANK_HOLIDAYS_FILE", "is not usable: " + e.getMessage());
        }
        holidays.lastDate()
                .ifPresent(
                        last ->
                                LOG.info(
                                        "bank holidays known up to {}; replace the file before then",
                                        last));
    }

    /**
     * When the event first escalates, given who was told first (a coordinator told: in their team's
     * hours).
     */
    Instant firstEscalation(PersonEvent event, List<AlertTarget> told) {
        if (event.urgency() == PersonEvent.Urgency.URGENT) {
            return event.createdAt().plus(settings.urgentEscalateAfter());
        }
        TeamHours hours =
                told.stream()
                        .map(AlertTarget::hours)
                        .filter(Objects::nonNull)
                        .findFirst()
                        .orElse(TeamHours.weekdays(settings.opensAt(), settings.closesAt()));
        return new WorkingTime(hours, holidays)
                .plusWorkingDays(event.createdAt(), settings.routineWorkingDays());
    }

    Instant leadEscalation(Instant firstEscalation) {
        return firstEscalation.plus(settings.urgentLeadAfter());
    }
}
