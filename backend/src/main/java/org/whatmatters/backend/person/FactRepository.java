package org.whatmatters.backend.person;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface FactRepository extends CrudRepository<Fact, Long> {

    List<Fact> findByPersonIdOrderById(Long personId);

    /**
     * One fact of many people (their preferred names, say), oldest first: the last of each person
     * is current.
     */
    List<Fact> findByPersonIdInAndNameOrderById(Collection<Long> personIds, String name);

    /**
     * The newest fact of each name, in the order they were saved: one query on the (person, name)
     * index, and only these rows decrypted, not the person's whole append-only history (the
     * per-turn read).
     */
    @Query(
            "SELECT f.* FROM fact f JOIN (SELECT MAX(id) AS latest FROM fact WHERE person_id = :personId GROUP BY name) l"
                    + " ON f.id = l.latest ORDER BY f.id")
    List<Fact> findLatestByPersonId(Long personId);

    /**
     * {@link #findLatestByPersonId} for many people at once (a page of a list): one query, whatever
     * their number.
     */
    @Query(
            "SELECT f.* FROM fact f JOIN (SELECT MAX(id) AS latest FROM fact WHERE person_id IN (:personIds) GROUP BY person_id, name) l"
                    + " ON f.id = l.latest ORDER BY f.id")
    List<Fact> findLatestByPersonIdIn(Collection<Long> personIds);

    /** The current facts of each of these people (those with none are left out). */
    default Map<Long, Map<String, String>> currentForEach(Collection<Long> personIds) {
        Map<Long, Map<String, String>> each = new LinkedHashMap<>();
        if (!personIds.isEmpty()) {
            findLatestByPersonIdIn(personIds)
                    .forEach(
                            fact ->
                                    each.computeIfAbsent(
                                                    fact.personId(),
                                                    person -> new LinkedHashMap<>())
                                            .put(fact.name(), fact.content()));
        }
        return each;
    }

    /** The current value of each fact: the newest saved. */
    default Map<String, String> currentFor(Long personId) {
        Map<String, String> facts = new LinkedHashMap<>();
        findLatestByPersonId(personId).forEach(fact -> facts.put(fact.name(), fact.content()));
        return facts;
    }
}
