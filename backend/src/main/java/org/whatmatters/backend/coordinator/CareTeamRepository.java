package org.whatmatters.backend.coordinator;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.whatmatters.backend.directory.NameKey;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface CareTeamRepository extends CrudRepository<CareTeam, Long> {

    List<CareTeam> listOrderByName();

    /** Every team by its name as a unique key sees it ({@link NameKey}). */
    default Map<String, CareTeam> byNameKey() {
        Map<String, CareTeam> teams = new HashMap<>();
        findAll().forEach(team -> teams.put(NameKey.of(team.name()), team));
        return teams;
    }

    Optional<CareTeam> findFirstByDefaultForCrisisOrderById(boolean defaultForCrisis);

    /**
     * Every team, locked: changes of the crisis default wait for each other, so two teams never
     * both end up with it.
     */
    @Query("SELECT * FROM care_team FOR UPDATE")
    List<CareTeam> lockAll();

    @Query(
            "UPDATE care_team SET default_for_crisis = FALSE, updated_at = :now WHERE default_for_crisis = TRUE AND id <> :keep")
    void clearDefaultForCrisisExcept(Long keep, Instant now);
}
