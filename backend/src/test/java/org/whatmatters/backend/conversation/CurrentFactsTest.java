package org.whatmatters.backend.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.person.Fact;
import org.whatmatters.backend.person.FactRepository;
import org.whatmatters.backend.person.People;

/** The per-turn read of what is known: the newest answer of each name, whatever came before it. */
@MicronautTest(environments = "test", transactional = false)
class CurrentFactsTest {

    @Inject FactRepository facts;
    @Inject People people;

    @Test
    void theNewestOfEachNameIsCurrentAndOlderAnswersAreNot() {
        Long person = people.findOrCreate("+447700900611").id();
        Long other = people.findOrCreate("+447700900612").id();
        save(person, "preferred_name", "Dee");
        save(person, "area", "Leeds");
        save(other, "preferred_name", "Sam");
        save(person, "preferred_name", "Deirdre");
        save(person, "area", "Bradford");
        save(person, "adult", "yes");

        assertThat(facts.currentFor(person))
                .containsExactly(
                        java.util.Map.entry("preferred_name", "Deirdre"),
                        java.util.Map.entry("area", "Bradford"),
                        java.util.Map.entry("adult", "yes"));
        assertThat(facts.currentFor(other))
                .containsExactly(java.util.Map.entry("preferred_name", "Sam"));
    }

    private void save(Long person, String name, String content) {
        facts.save(
                new Fact(
                        null,
                        person,
                        name,
                        content,
                        "self-referral",
                        1,
                        "node",
                        "sms",
                        Instant.now()));
    }
}
