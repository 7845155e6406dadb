package org.whatmatters.backend.signposting;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface LocalServiceRepository extends CrudRepository<LocalService, Long> {

    List<LocalService> listOrderByName();
}
