package org.whatmatters.backend.coordinator;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.whatmatters.backend.directory.Checked;
import org.whatmatters.backend.directory.FieldChecks;
import org.whatmatters.backend.directory.FieldProblem;
import org.whatmatters.backend.security.Role;
import org.whatmatters.backend.staff.StaffAccount;
import org.whatmatters.backend.staff.StaffAccountRepository;
import org.whatmatters.notifications.delivery.DeliveryChannel;

/**
 * The rules every coordinator keeps, from the API or a CSV row: a name, a team of the directory, a
 * phone or an email, a preferred channel that reaches them, and if given, a COORDINATOR login of
 * their own.
 */
@Singleton
class CoordinatorRules {

    private final PhoneField phones;
    private final CareTeamRepository teams;
    private final StaffAccountRepository accounts;

    CoordinatorRules(PhoneField phones, CareTeamRepository teams, StaffAccountRepository accounts) {
        this.phones = phones;
        this.teams = teams;
        this.accounts = accounts;
    }

    Checked<CoordinatorFields> check(CoordinatorFields raw) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = FieldChecks.requiredText("name", raw.name(), TeamRules.NAME_MAX, problems);
        if (raw.teamId() == null) {
            problems.add(new FieldProblem("teamId", "is required: the id of their care team"));
        } else if (!teams.existsById(raw.teamId())) {
            problems.add(new FieldProblem("teamId", "no care team " + raw.teamId()));
        }
        String phone = phones.check("phone", raw.phone(), problems);
        String email = FieldChecks.email("email", raw.email(), problems);
        boolean hasPhone = FieldChecks.text(raw.phone()) != null;
        boolean hasEmail = FieldChecks.text(raw.email()) != null;
        if (!hasPhone && !hasEmail) {
            problems.add(
                    new FieldProblem(
                            "phone",
                            "give a phone, an email or both, so the coordinator can be reached"));
        }
        checkAccount(raw.staffAccountId(), problems);
        DeliveryChannel channel = channel(raw.preferredChannel(), hasPhone, problems);
        if (channel == DeliveryChannel.SMS && !hasPhone && hasEmail) {
            problems.add(new FieldProblem("preferredChannel", "SMS needs a phone"));
        } else if (channel == DeliveryChannel.EMAIL && !hasEmail && hasPhone) {
            problems.add(new FieldProblem("preferredChannel", "EMAIL needs an email"));
        } else if (channel == DeliveryChannel.PUSH && raw.staffAccountId() == null) {
            problems.add(
                    new FieldProblem(
                            "preferredChannel",
                            "PUSH reaches the devices of their own login: give staffAccountId"));
        }
        return new Checked<>(
                new CoordinatorFields(
                        name,
                        raw.teamId(),
                        phone,
                        email,
                        channel == null ? null : channel.name(),
                        raw.staffAccountId()),
                List.copyOf(problems));
    }

    private void checkAccount(Long staffAccountId, List<FieldProblem> problems) {
        if (staffAccountId == null) {
            return;
        }
        Optional<StaffAccount> account = accounts.findById(staffAccountId);
        if (account.isEmpty()) {
            problems.add(new FieldProblem("staffAccountId", "no staff account " + staffAccountId));
        } else if (account.get().role() != Role.COORDINATOR) {
            problems.add(
                    new FieldProblem(
                            "staffAccountId",
                            "account "
                                    + account.get().username()
                                    + " is "
                                    + account.get().role()
                                    + ", not a COORDINATOR login"));
        }
    }

    /** The channel asked for; left out, SMS when there is a phone, else EMAIL. */
    private static DeliveryChannel channel(
            String raw, boolean hasPhone, List<FieldProblem> problems) {
        String value = FieldChecks.text(raw);
        if (value == null) {
            return hasPhone ? DeliveryChannel.SMS : DeliveryChannel.EMAIL;
        }
        try {
            return DeliveryChannel.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(
                    new FieldProblem(
                            "preferredChannel",
                            "'"
                                    + value
                                    + "' is not one of "
                                    + Arrays.toString(DeliveryChannel.values())));
            return null;
        }
    }
}
