package org.whatmatters.backend.translation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface TranslationChangeRepository extends CrudRepository<TranslationChange, Long> {

    List<TranslationChange> findByTranslationIdOrderById(Long translationId);
}
