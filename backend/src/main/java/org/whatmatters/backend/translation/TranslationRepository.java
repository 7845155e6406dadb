package org.whatmatters.backend.translation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface TranslationRepository extends CrudRepository<Translation, Long> {

    List<Translation> findByLanguageOrderByPosition(String language);

    Optional<Translation> findByLanguageAndTextKey(String language, String textKey);

    List<Translation> findAll();
}
