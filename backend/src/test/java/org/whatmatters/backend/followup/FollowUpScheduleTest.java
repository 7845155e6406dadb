package org.whatmatters.backend.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.person.Person;
import org.whatmatters.backend.person.PersonRepository;
import org.whatmatters.backend.referral.DeliveredTo;
import org.whatmatters.backend.referral.Referral;
import org.whatmatters.backend.referral.ReferralRepository;
import org.whatmatters.backend.referral.ReferralStatus;
import org.whatmatters.backend.support.Database;
import org.whatmatters.backend.support.TwilioWebhooks;
import org.whatmatters.notifications.sms.TwilioApiStandIn;

/**
 * Follow-up contacts on db-scheduler: where they fall, and exactly once across two instances on one
 * database.
 */
class FollowUpScheduleTest {

    /**
     * A Tuesday morning in London: contacts due "now" may go at once, whatever the hour the suite
     * runs.
     */
    private static final String DAYTIME = "2026-11-24T10:00:00Z";

    private final TwilioApiStandIn twilio =
            new TwilioApiStandIn(TwilioWebhooks.ACCOUNT_SID, TwilioWebhooks.AUTH_TOKEN);

    @AfterEach
    void stop() {
        twilio.close();
    }

    @Test
    void threeContactsAtTheirDefaultOffsetsMovedOutOfQuietHours() {
        try (ApplicationContext app = start()) {
            Database database = new Database(app);
            database.clear();
            Person person =
                    app.getBean(PersonRepository.class)
                            .save(new Person(null, "+447700900600", Instant.now(), null, null));

            // delivered on a Friday evening, 21:00 London (GMT)
            Instant delivered = Instant.parse("2026-11-20T21:00:00Z");
            Referral referral =
                    app.getBean(ReferralRepository.class)
                            .save(
                                    new Referral(
                                            null,
                                            person.id(),
                                            null,
                                            ReferralStatus.DELIVERED,
                                            null,
                                            null,
                                            null,
                                            DeliveredTo.PERSON,
                                            null,
                                            delivered,
                                            null,
                                            delivered,
                                            delivered,
                                            null));
            List<FollowUpContact> contacts =
                    app.getBean(FollowUps.class).scheduleAfterDelivery(referral, "staff:test");

            assertThat(contacts)
                    .extracting(
                            FollowUpContact::contactNumber,
                            FollowUpContact::script,
                            FollowUpContact::dueAt)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(
                                    1, "follow-up-1", Instant.parse("2026-11-24T09:00:00Z")),
                            org.assertj.core.groups.Tuple.tuple(
                                    2, "follow-up-2", Instant.parse("2026-12-05T09:00:00Z")),
                            org.assertj.core.groups.Tuple.tuple(
                                    3, "follow-up-3", Instant.parse("2027-01-02T09:00:00Z")));
            assertThat(
                            database.queryForLong(
                                    "SELECT COUNT(*) FROM scheduled_tasks WHERE task_instance LIKE 'follow-up-%'"))
                    .isEqualTo(3);
            database.clear();
        }
    }

    @Test
    void twoInstancesOnOneDatabaseStartEachOfAThousandDueContactsOnce() {
        int people = 1000;
        try (ApplicationContext first = start();
                ApplicationContext second = start()) {
            Database database = new Database(first);
            database.clear();
            PersonRepository persons = first.getBean(PersonRepository.class);
            FollowUps followUps = first.getBean(FollowUps.class);
            Instant now = Instant.parse(DAYTIME);
            for (int i = 0; i < people; i++) {
                Person person =
                        persons.save(
                                new Person(
                                        null,
                                        String.format("+4477009%05d", 20000 + i),
                                        now,
                                        null,
                                        null));
                followUps.add(
                        person.id(),
                        null,
                        "follow-up-1",
                        ContactChannel.SMS,
                        null,
                        "staff:test",
                        null);
            }

            await().atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(500))
                    .until(
                            () ->
                                    database.queryForLong(
                                                    "SELECT COUNT(*) FROM follow_up_contact WHERE status = 'STARTED'")
                                            == people);
            await().atMost(Duration.ofSeconds(60)).until(() -> twilio.received().size() >= people);

            assertThat(database.queryForLong("SELECT COUNT(*) FROM outbound_message"))
                    .isEqualTo(people);
            assertThat(
                            database.queryForLong(
                                    "SELECT COUNT(DISTINCT person_id) FROM outbound_message"))
                    .isEqualTo(people);
            assertThat(twilio.received())
                    .hasSize(people)
                    .allSatisfy(
                            request ->
                                    assertThat(request.param("Body"))
                                            .startsWith(
                                                    "Hello, it's WhatMatters. Has the item you chose arrived?"));
            assertThat(twilio.received().stream().map(r -> r.param("To")).distinct().count())
                    .isEqualTo(people);
            database.clear();
        }
    }

    @Test
    void someoneWhoOptedOutIsNotContacted() {
        try (ApplicationContext app = start()) {
            Database database = new Database(app);
            database.clear();
            Person person =
                    app.getBean(PersonRepository.class)
                            .save(
                                    new Person(
                                            null,
                                            "+447700900601",
                                            Instant.parse(DAYTIME),
                                            Instant.parse(DAYTIME),
                                            null));

            app.getBean(FollowUps.class)
                    .add(
                            person.id(),
                            null,
                            "follow-up-1",
                            ContactChannel.SMS,
                            null,
                            "staff:test",
                            null);

            await().atMost(Duration.ofSeconds(10))
                    .until(
                            () ->
                                    "CANCELLED"
                                            .equals(
                                                    database.query(
                                                                    "SELECT status FROM follow_up_contact")
                                                            .get(0)
                                                            .get(0)));
            assertThat(database.count("outbound_message")).isZero();
            database.clear();
        }
    }

    private ApplicationContext start() {
        return ApplicationContext.run(
                Map.of(
                        "twilio.account-sid",
                        TwilioWebhooks.ACCOUNT_SID,
                        "twilio.auth-token",
                        TwilioWebhooks.AUTH_TOKEN,
                        "twilio.from-number",
                        TwilioWebhooks.SERVICE_NUMBER,
                        "twilio.api-base-url",
                        twilio.baseUrl().toString(),
                        "micronaut.server.port",
                        -1,
                        "test.clock-start",
                        DAYTIME),
                "test");
    }
}
