package org.whatmatters.backend.person;

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

    /** The current value of each fact: the newest saved. */
    default Map<String, String> currentFor(Long personId) {
        Map<String, String> facts = new LinkedHashMap<>();
        findByPersonIdOrderById(personId).forEach(fact -> facts.put(fact.name(), fact.content()));
        return facts;
    }
}
