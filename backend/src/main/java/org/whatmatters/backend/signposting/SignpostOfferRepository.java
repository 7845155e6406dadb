package org.whatmatters.backend.signposting;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface SignpostOfferRepository extends CrudRepository<SignpostOffer, Long> {

    Optional<SignpostOffer> findFirstByPersonIdOrderByIdDesc(Long personId);

    List<SignpostOffer> findByPersonIdOrderById(Long personId);
}
