package org.whatmatters.backend.app.signin;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SignInCodeRepository extends CrudRepository<SignInCode, Long> {

    long countByPhoneE164HashAndCreatedAtGreaterThan(String phoneE164Hash, Instant since);

    long countByRequestedByAndCreatedAtGreaterThan(String requestedBy, Instant since);

    /**
     * The number's newest code (by the number's keyed hash), locked: two tries at once count as
     * two.
     */
    @Query(
            "SELECT * FROM app_sign_in_code WHERE phone_e164_hash = :phoneE164Hash ORDER BY id DESC LIMIT 1 FOR UPDATE")
    Optional<SignInCode> lockNewest(String phoneE164Hash);

    @Query("UPDATE app_sign_in_code SET tries = tries + 1 WHERE id = :id")
    void countTry(Long id);

    @Query("UPDATE app_sign_in_code SET used_at = :at WHERE id = :id AND used_at IS NULL")
    int markUsed(Long id, Instant at);
}
