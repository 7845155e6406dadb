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

    /** One fact of many people (their preferred names, say), oldest first: the last of each person is current. */
    List<Fact> findByPersonIdInAndNameOrderById(Collection<Long> personIds, String name);

    /**
     * The newest fact of each name, in the order they were saved: one query on the (person, name) index, and only
     * these rows decrypted, not the person's whole append-only history (the per-turn read).
     */
    @Query("SELECT f.* FROM fact f JOIN (SELECT MAX(id) AS latest FROM fact WHERE person_id = :personId GROUP BY name) l"
            + " ON f.id = l.latest ORDER BY f.id")
    List<Fact> findLatestByPersonId(Long personId);

    /** The current value of each fact: the newest saved. */
    default Map<String, String> currentFor(Long personId) {
        Map<String, String> facts = new LinkedHashMap<>();
        findLatestByPersonId(personId).forEach(fact -> facts.put(fact.name(), fact.content()));
        return facts;
    }
}
