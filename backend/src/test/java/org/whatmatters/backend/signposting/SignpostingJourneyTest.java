package org.whatmatters.backend.signposting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.support.WithAPartner;

/**
 * Signposting in the conversation: at contact 3 the person is offered three services matched to
 * their own words, area and language, replies with a number for details, and at their next contact
 * is asked whether they tried it — all recorded for the partner. The partner can also offer it
 * whenever they choose.
 */
@MicronautTest(environments = "test", transactional = false)
class SignpostingJourneyTest extends WithAPartner {

    private static final String PHONE = "+447700900721";
    private static final String DIRECTORY =
            """
            name,categories,areas,languages,phone,web,hours,description,tags
            Test: Walking Football BD3,exercise;social-groups,BD3,en,01632 960001,,Tuesdays 10:00,Gentle games for adults.,football;walking football
            Test: Five-a-side Bradford,exercise,BD,en,01632 960002,https://example.org/five,Sundays,Friendly games.,football;five-a-side
            Test: Allotment Friends,social-groups,BD3,en,01632 960003,,Saturdays,Growing food together.,allotment;gardening
            Test: Art on the Canal,creative-arts,BD3,en,01632 960004,,Fridays,Painting and drawing.,painting;art
            Test: Football Leeds,exercise,LS6,en,,,,Games on Saturday.,football
            """;

    @Inject LocalServices directory;

    @BeforeEach
    void aDirectory() {
        directory.importCsv(DIRECTORY, "test");
    }

    @Test
    void contactThreeOffersThreeMatchesDetailsByNumberAndTheNextContactAsksIfTheyTriedIt() {
        Long person =
                deliveredPerson(
                        Map.of(
                                "stopped_enjoying",
                                "I used to play football with my mates",
                                "who_matters",
                                "My daughter and my allotment",
                                "area",
                                "Bradford BD3 9AB"));
        partner.post(
                followUps(person) + "/" + contact(person, 3).get("id").asLong() + "/bring-forward",
                Map.of());
        awaitTexts(PHONE, 4);
        says(PHONE, "It got me out of the house");
        says(PHONE, "SKIP");
        awaitTexts(PHONE, 6);

        says(PHONE, "yes");

        String offer = awaitTexts(PHONE, 7).get(6);
        assertThat(offer)
                .startsWith(
                        "Here are some that might suit you. Reply with a number for their details:")
                .contains("1 Test: Walking Football BD3")
                .contains("Test: Five-a-side Bradford")
                .contains("Test: Allotment Friends")
                .doesNotContain("Leeds")
                .doesNotContain("Art on the Canal");
        says(PHONE, "1");
        assertThat(awaitTexts(PHONE, 9).get(7))
                .isEqualTo("Test: Walking Football BD3: 01632 960001. Tuesdays 10:00");
        says(PHONE, "no");
        assertThat(awaitTexts(PHONE, 10).get(9)).startsWith("Thank you. Your contact is");

        JsonNode offered = partner.get("/partner/people/" + person).get("signposting");
        assertThat(offered)
                .singleElement()
                .satisfies(
                        entry -> {
                            assertThat(entry.get("offered"))
                                    .extracting(JsonNode::asText)
                                    .containsExactlyInAnyOrder(
                                            "Test: Walking Football BD3",
                                            "Test: Five-a-side Bradford",
                                            "Test: Allotment Friends")
                                    .first()
                                    .isEqualTo("Test: Walking Football BD3");
                            assertThat(entry.get("askedAbout"))
                                    .extracting(JsonNode::asText)
                                    .containsExactly("Test: Walking Football BD3");
                            assertThat(entry.has("used")).as("not asked yet").isFalse();
                        });

        partner.post(followUps(person), Map.of("reason", "check-in"));
        awaitTexts(PHONE, 11);
        says(PHONE, "5");
        says(PHONE, "Loving it");
        assertThat(awaitTexts(PHONE, 13).get(12))
                .isEqualTo(
                        "Last time you asked about Test: Walking Football BD3. Did you get a chance to try it? Reply YES or NO.");
        says(PHONE, "yes");
        awaitTexts(PHONE, 14);
        assertThat(
                        partner.get("/partner/people/" + person)
                                .get("signposting")
                                .get(0)
                                .get("used")
                                .asText())
                .isEqualTo("yes");
    }

    @Test
    void theOfferAtTheEndOfContactThreeBelongsToItAndTheContactWaitsForTheAnswer() {
        Long person =
                deliveredPerson(
                        Map.of(
                                "stopped_enjoying",
                                "I used to play football with my mates",
                                "who_matters",
                                "My daughter and my allotment",
                                "area",
                                "Bradford BD3 9AB"));
        long contactThree = contact(person, 3).get("id").asLong();
        partner.post(followUps(person) + "/" + contactThree + "/bring-forward", Map.of());
        awaitTexts(PHONE, 4);
        says(PHONE, "It got me out of the house");
        says(PHONE, "SKIP");
        awaitTexts(PHONE, 6);

        says(PHONE, "yes");

        assertThat(awaitTexts(PHONE, 7).get(6)).startsWith("Here are some that might suit you.");
        assertThat(
                        database.query(
                                "SELECT contact_id FROM signpost_offer WHERE person_id = ?",
                                person))
                .containsExactly(List.of(contactThree));
        assertThat(statusOf(person, 3)).as("the offer waits for their answer").isEqualTo("REPLIED");
        says(PHONE, "2");
        awaitTexts(PHONE, 9);
        assertThat(statusOf(person, 3)).isEqualTo("REPLIED");
        says(PHONE, "no");
        awaitStatus(person, 3, "COMPLETED");
    }

    @Test
    void anOfferMadeInAContactThatContactThreeWasMergedIntoBelongsToThatContact() {
        Long person =
                deliveredPerson(
                        Map.of(
                                "stopped_enjoying",
                                "I used to play football with my mates",
                                "who_matters",
                                "My daughter and my allotment",
                                "area",
                                "Bradford BD3 9AB"));
        long contactOne = contact(person, 1).get("id").asLong();
        partner.post(
                followUps(person) + "/" + contactOne + "/merge-feedback",
                Map.of("reason", "moving away"));
        partner.post(followUps(person) + "/" + contactOne + "/bring-forward", Map.of());
        awaitTexts(PHONE, 4);
        says(PHONE, "yes");
        awaitTexts(PHONE, 5);
        says(PHONE, "1");
        awaitTexts(PHONE, 6);
        says(PHONE, "It got me out of the house");
        awaitTexts(PHONE, 7);
        says(PHONE, "SKIP");
        awaitTexts(PHONE, 8);

        says(PHONE, "yes");

        assertThat(awaitTexts(PHONE, 9).get(8)).startsWith("Here are some that might suit you.");
        assertThat(
                        database.query(
                                "SELECT contact_id FROM signpost_offer WHERE person_id = ?",
                                person))
                .containsExactly(List.of(contactOne));
        assertThat(statusOf(person, 1)).as("the offer waits for their answer").isEqualTo("REPLIED");
        says(PHONE, "SKIP");
        awaitStatus(person, 1, "COMPLETED");
    }

    @Test
    void thePartnerCanOfferSignpostingWheneverTheyChoose() {
        Long person =
                deliveredPerson(
                        Map.of(
                                "get_well",
                                "Painting again",
                                "who_matters",
                                "My allotment",
                                "stopped_enjoying",
                                "football",
                                "area",
                                "BD3"));

        JsonNode contact =
                partner.post(
                        followUps(person) + "/signposting",
                        Map.of("reason", "asked about groups on the phone"));

        assertThat(contact.get("script").asText()).isEqualTo("signposting");
        String offer = awaitTexts(PHONE, 4).get(3);
        assertThat(offer)
                .startsWith("Here are some that might suit you.")
                .contains("Test: Art on the Canal")
                .contains("Test: Allotment Friends")
                .contains("Test: Walking Football BD3");
        assertThat(
                        database.query(
                                "SELECT contact_id FROM signpost_offer WHERE person_id = ?",
                                person))
                .containsExactly(List.of(contact.get("id").asLong()));
    }

    @Test
    void withoutThreeGoodMatchesThePartnerIsAskedToShareIdeasInstead() {
        Long person = deliveredPerson(Map.of("get_well", "Knitting", "area", "BD3"));

        partner.post(followUps(person) + "/signposting", Map.of());

        assertThat(awaitTexts(PHONE, 4).get(3)).startsWith("Thank you. We'll ask");
        assertThat(
                        database.query(
                                "SELECT kind FROM person_event WHERE person_id = ? AND kind = 'SIGNPOSTING_HELP_WANTED'",
                                person))
                .hasSize(1);
        assertThat(database.count("signpost_offer")).isZero();
    }

    private Long deliveredPerson(Map<String, String> answers) {
        Long person = referred(PHONE, answers);
        delivered(person);
        awaitTexts(PHONE, 3);
        return person;
    }
}
