package org.whatmatters.backend.signposting;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.whatmatters.backend.directory.Checked;
import org.whatmatters.backend.directory.CsvImport;
import org.whatmatters.backend.directory.CsvProblem;
import org.whatmatters.backend.directory.CsvSheet;
import org.whatmatters.backend.directory.ImportResult;
import org.whatmatters.backend.directory.NameKey;
import org.whatmatters.backend.problem.Conflict;
import org.whatmatters.backend.problem.Invalid;
import org.whatmatters.backend.problem.NotFound;

/**
 * Keeping the signposting directory: one entry at a time or a whole CSV, always through {@link
 * ServiceRules}. Names are unique ignoring case and accents, so an import updates the entry it
 * names.
 */
@Singleton
public class LocalServices {

    private static final Logger LOG = LoggerFactory.getLogger(LocalServices.class);

    private final LocalServiceRepository repository;
    private final ServiceRules rules;
    private final Directory directory;
    private final Categories categories;
    private final PostcodeAreas postcodes;
    private final ApplicationEventPublisher<DirectoryChanged> events;
    private final Clock clock;

    LocalServices(
            LocalServiceRepository repository,
            ServiceRules rules,
            Directory directory,
            Categories categories,
            PostcodeAreas postcodes,
            ApplicationEventPublisher<DirectoryChanged> events,
            Clock clock) {
        this.repository = repository;
        this.rules = rules;
        this.directory = directory;
        this.categories = categories;
        this.postcodes = postcodes;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Entries by name, optionally only those in a category and those available in an area (BD3,
     * "Leeds LS6").
     */
    public List<LocalService> list(@Nullable String category, @Nullable String area) {
        if (category != null && !categories.isKnown(category)) {
            throw refused("category", "'" + category + "' is not a category");
        }
        Place place = area == null ? null : postcodes.placeOf(area);
        if (place != null && !place.known()) {
            throw refused("area", "no UK postcode district or post town found in '" + area + "'");
        }
        return directory.services().stream()
                .filter(
                        service ->
                                category == null
                                        || service.categories()
                                                .contains(category.toLowerCase(Locale.ROOT)))
                .filter(service -> place == null || place.fit(service.areas()).score() > 0)
                .toList();
    }

    public Optional<LocalService> find(long id) {
        return repository.findById(id);
    }

    @Transactional
    public LocalService create(ServiceFields fields, String actor) {
        ServiceFields checked = checked(fields);
        refuseTakenName(checked.name(), null);
        LocalService saved = repository.save(LocalService.from(checked, clock.instant()));
        changed();
        LOG.info("signposting: {} added directory entry {}", actor, saved.id());
        return saved;
    }

    @Transactional
    public LocalService update(long id, ServiceFields fields, String actor) {
        LocalService existing = repository.findById(id).orElseThrow(() -> notFound(id));
        ServiceFields checked = checked(fields);
        refuseTakenName(checked.name(), id);
        LocalService saved = repository.update(existing.with(checked, clock.instant()));
        changed();
        LOG.info("signposting: {} changed directory entry {}", actor, id);
        return saved;
    }

    @Transactional
    public void delete(long id, String actor) {
        if (!repository.existsById(id)) {
            throw notFound(id);
        }
        repository.deleteById(id);
        changed();
        LOG.info("signposting: {} removed directory entry {}", actor, id);
    }

    /**
     * Imports a directory CSV: each good row is added, or replaces the entry with the same name; a
     * bad row is reported by line and field and nothing of it is stored.
     */
    @Transactional
    public ImportResult importCsv(String csv, String actor) {
        CsvSheet.Read read = CsvSheet.read(csv, DirectoryCsv.HEADER, List.of());
        CsvImport tally = new CsvImport(read.problems());
        Map<String, LocalService> existing = new HashMap<>();
        repository.findAll().forEach(service -> existing.put(NameKey.of(service.name()), service));
        Map<String, Integer> lineOfName = new HashMap<>();
        Instant now = clock.instant();
        for (CsvSheet.Row row : read.rows()) {
            Checked<ServiceFields> checked = rules.check(DirectoryCsv.fields(row));
            if (!checked.ok()) {
                tally.reject(
                        CsvImport.at(
                                row.line(),
                                checked.problems(),
                                UnaryOperator.identity())); // the fields are the columns
                continue;
            }
            ServiceFields fields = checked.fields();
            Integer first = lineOfName.putIfAbsent(NameKey.of(fields.name()), row.line());
            if (first != null) {
                tally.reject(
                        List.of(
                                new CsvProblem(
                                        row.line(),
                                        "name",
                                        "'"
                                                + fields.name()
                                                + "' is also on line "
                                                + first
                                                + "; give each entry once")));
                continue;
            }
            LocalService old = existing.get(NameKey.of(fields.name()));
            tally.apply(
                    old,
                    fields,
                    LocalService::fields,
                    () -> repository.save(LocalService.from(fields, now)),
                    () -> repository.update(old.with(fields, now)));
        }
        ImportResult result = tally.result(actor, "local services");
        if (result.imported() + result.updated() > 0) {
            changed();
        }
        return result;
    }

    /** The whole directory as CSV, in the form {@link #importCsv} reads. */
    public String exportCsv() {
        return DirectoryCsv.write(
                repository.listOrderByName().stream().sorted(Directory.BY_NAME).toList());
    }

    private ServiceFields checked(ServiceFields fields) {
        return rules.check(fields).orRefuse("the entry was not saved");
    }

    private void refuseTakenName(String name, @Nullable Long self) {
        String key = NameKey.of(name);
        boolean taken =
                repository.findAll().stream()
                        .anyMatch(
                                other ->
                                        !other.id().equals(self)
                                                && NameKey.of(other.name()).equals(key));
        if (taken) {
            throw new Conflict("another directory entry is called " + name);
        }
    }

    private void changed() {
        events.publishEvent(new DirectoryChanged());
    }

    private static Invalid refused(String field, String problem) {
        return Invalid.field(field, problem);
    }

    private static NotFound notFound(long id) {
        return new NotFound("no directory entry " + id);
    }
}
