package org.whatmatters.backend.alert;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.whatmatters.backend.coordinator.CareDirectory;
import org.whatmatters.backend.coordinator.Coordinator;
import org.whatmatters.backend.paging.PagedResponse;
import org.whatmatters.backend.person.Fact;
import org.whatmatters.backend.person.FactRepository;
import org.whatmatters.backend.person.Person;
import org.whatmatters.backend.person.PersonRepository;
import org.whatmatters.backend.security.SignedIn;
import org.whatmatters.backend.staff.StaffAccountRepository;

/**
 * One page of the alerts a member of staff may see, in a fixed number of queries however long the
 * page: the page and its count, then the page's deliveries, people and their names, each in one
 * query (not one per alert). A partner sees the alerts about the people their organisation has a
 * referral for; a coordinator the alerts sent to them, and who one is about only when it identifies
 * the person.
 */
@Singleton
class StaffAlerts {

    static final String NAME = "preferred_name";

    private final AlertRepository alerts;
    private final AlertDeliveryRepository deliveries;
    private final StaffAccountRepository accounts;
    private final CareDirectory directory;
    private final PersonRepository people;
    private final FactRepository facts;

    StaffAlerts(
            AlertRepository alerts,
            AlertDeliveryRepository deliveries,
            StaffAccountRepository accounts,
            CareDirectory directory,
            PersonRepository people,
            FactRepository facts) {
        this.alerts = alerts;
        this.deliveries = deliveries;
        this.accounts = accounts;
        this.directory = directory;
        this.people = people;
        this.facts = facts;
    }

    /**
     * {@code about}: only the alerts about this person (for a coordinator, only those that say so).
     */
    Page<AlertView> page(SignedIn staff, @Nullable Long about, Pageable asked) {
        Pageable pageable = PagedResponse.unsorted(asked);
        int size = pageable.getSize();
        long offset = pageable.getOffset();
        List<Alert> rows;
        long total;
        if (staff.partner()) {
            Long organisation = staff.organisationId();
            if (organisation == null) {
                return Page.of(List.of(), pageable, 0L);
            }
            rows =
                    about == null
                            ? alerts.pageForOrganisation(organisation, size, offset)
                            : alerts.pageForOrganisationAbout(organisation, about, size, offset);
            total =
                    about == null
                            ? alerts.countForOrganisation(organisation)
                            : alerts.countForOrganisationAbout(organisation, about);
        } else {
            Optional<Coordinator> coordinator = coordinatorOf(staff);
            if (coordinator.isEmpty()) {
                return Page.of(List.of(), pageable, 0L);
            }
            String recipient = Recipient.COORDINATOR.name();
            Long id = coordinator.get().id();
            rows =
                    about == null
                            ? alerts.pageForRecipient(recipient, id, size, offset)
                            : alerts.pageForRecipientAbout(recipient, id, about, size, offset);
            total =
                    about == null
                            ? alerts.countForRecipient(recipient, id)
                            : alerts.countForRecipientAbout(recipient, id, about);
        }
        return Page.of(views(rows, staff), pageable, total);
    }

    /** One alert as this member of staff may see it. */
    AlertView view(Alert alert, SignedIn staff) {
        return views(List.of(alert), staff).get(0);
    }

    Optional<Coordinator> coordinatorOf(SignedIn staff) {
        return accounts.findByUsername(staff.username())
                .flatMap(account -> directory.forStaffAccount(account.id()));
    }

    private List<AlertView> views(List<Alert> rows, SignedIn staff) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<AlertDelivery>> deliveriesOf =
                deliveries.findByAlertIdInOrderById(rows.stream().map(Alert::id).toList()).stream()
                        .collect(Collectors.groupingBy(AlertDelivery::alertId));
        List<Long> shown =
                rows.stream()
                        .filter(alert -> staff.partner() || alert.identifying())
                        .map(Alert::personId)
                        .distinct()
                        .toList();
        Map<Long, Person> persons =
                shown.isEmpty()
                        ? Map.of()
                        : people.findByIdIn(shown).stream()
                                .collect(Collectors.toMap(Person::id, Function.identity()));
        Map<Long, String> names = new HashMap<>();
        if (!shown.isEmpty()) {
            // oldest first: the last of each person is their current name
            facts.findByPersonIdInAndNameOrderById(shown, NAME)
                    .forEach((Fact fact) -> names.put(fact.personId(), fact.content()));
        }
        return rows.stream()
                .map(
                        alert -> {
                            Person person =
                                    staff.partner() || alert.identifying()
                                            ? persons.get(alert.personId())
                                            : null;
                            AlertView.About about =
                                    person == null
                                            ? null
                                            : new AlertView.About(
                                                    person.id(),
                                                    names.get(person.id()),
                                                    person.phoneE164());
                            return AlertView.of(
                                    alert, deliveriesOf.getOrDefault(alert.id(), List.of()), about);
                        })
                .toList();
    }
}
