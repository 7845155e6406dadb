package org.whatmatters.backend.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Base for the app channel's tests: a partner on a movable clock, the Twilio stand-in, and apps
 * that sign in.
 */
public abstract class WithTheApp extends WithAPartner {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    /** A new app (no token yet). */
    protected AppApi newApp() {
        return new AppApi(context.createBean(HttpClient.class, server.getURL()).toBlocking());
    }

    /**
     * An app signed in as the person with this number, with the code from the SMS the stand-in
     * received.
     */
    protected AppApi signedIn(String e164) {
        AppApi app = newApp();
        assertThat(app.signIn(e164, codeFor(app, e164)).status()).isEqualTo(201);
        return app;
    }

    protected String codeFor(AppApi app, String e164) {
        int before = textsTo(e164).size();
        assertThat(app.requestCode(e164).status()).isEqualTo(202);
        List<String> texts = awaitTexts(e164, before + 1);
        Matcher matcher = CODE.matcher(texts.get(texts.size() - 1));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    /**
     * Waits until no app push or fallback work is due at the clock's time (db-scheduler deletes a
     * one-time task once run).
     */
    protected void drainAppWork() {
        scheduler.checkNow();
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(15))
                .until(() -> dueAppWork() == 0);
        // and whatever it queued by SMS has been handed to Twilio
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(15))
                .until(
                        () ->
                                database.count(
                                                "outbound_message WHERE status IN ('PENDING', 'SENDING')")
                                        == 0);
    }

    private long dueAppWork() {
        java.time.Instant now = clock.instant();
        return database
                .query(
                        "SELECT execution_time FROM scheduled_tasks WHERE task_instance LIKE 'app-%'")
                .stream()
                .map(row -> ((java.sql.Timestamp) row.get(0)).toInstant())
                .filter(at -> !at.isAfter(now))
                .count();
    }

    protected Long personId(String e164) {
        return database.queryForLong(
                "SELECT id FROM person WHERE phone_e164_hash = ?", Database.phoneHash(e164));
    }
}
