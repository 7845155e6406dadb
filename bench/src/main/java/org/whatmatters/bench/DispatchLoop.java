package org.whatmatters.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The limit for scheduled sends on this database and stand-in: plain JDBC, no engine, no scheduler
 * library. Each thread claims a batch of due rows with {@code SELECT ... FOR UPDATE SKIP LOCKED}
 * and marks them claimed in one transaction, posts each to the Twilio stand-in (the Messages create
 * call, form-encoded, Basic auth), and marks each sent. "Instances" are groups of threads with a
 * connection each. Table of its own ({@code loop_due}).
 */
final class DispatchLoop {

    private final Database database;
    private final URI messages;
    private final HttpClient client =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
    private final String authorization =
            "Basic "
                    + Base64.getEncoder()
                            .encodeToString(
                                    (App.ACCOUNT_SID + ":" + App.AUTH_TOKEN)
                                            .getBytes(StandardCharsets.UTF_8));

    DispatchLoop(Database database, URI twilio) {
        this.database = database;
        this.messages =
                twilio.resolve("/2010-04-01/Accounts/" + App.ACCOUNT_SID + "/Messages.json");
    }

    void createTables(int contacts) throws SQLException {
        try (Connection c = database.connect();
                Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS loop_due");
            s.execute(
                    "CREATE TABLE loop_due (id BIGINT PRIMARY KEY, phone VARCHAR(20) NOT NULL, due_at DATETIME(6) NOT NULL,"
                            + " status VARCHAR(16) NOT NULL, claimed_by VARCHAR(32) NULL, sent_at DATETIME(6) NULL)");
            s.execute("CREATE INDEX loop_due_status ON loop_due (status, due_at)");
            c.setAutoCommit(false);
            try (PreparedStatement insert =
                    c.prepareStatement(
                            "INSERT INTO loop_due (id, phone, due_at, status) VALUES (?,?,UTC_TIMESTAMP(6),'DUE')")) {
                for (int i = 0; i < contacts; i++) {
                    insert.setLong(1, ScheduleBench.FIRST_ID + i);
                    insert.setString(2, ScheduleBench.phone(i));
                    insert.addBatch();
                    if (i % 2000 == 1999 || i == contacts - 1) {
                        insert.executeBatch();
                        c.commit();
                    }
                }
            }
        }
    }

    /** Until no due row is left. */
    void run(int instances, int threadsEach, int batch) throws InterruptedException {
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            for (int t = 0; t < threadsEach; t++) {
                String name = "loop-" + i + "-" + t;
                Thread thread = new Thread(() -> work(name, batch), name);
                workers.add(thread);
                thread.start();
            }
        }
        for (Thread thread : workers) {
            thread.join();
        }
    }

    private void work(String name, int batch) {
        try (Connection c = database.connect()) {
            while (true) {
                List<long[]> claimed = new ArrayList<>();
                List<String> phones = new ArrayList<>();
                c.setAutoCommit(false);
                try (PreparedStatement select =
                        c.prepareStatement(
                                "SELECT id, phone FROM loop_due WHERE status = 'DUE' AND due_at <= UTC_TIMESTAMP(6) ORDER BY due_at LIMIT ? FOR UPDATE SKIP LOCKED")) {
                    select.setInt(1, batch);
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            claimed.add(new long[] {rs.getLong(1)});
                            phones.add(rs.getString(2));
                        }
                    }
                }
                if (claimed.isEmpty()) {
                    c.commit();
                    return;
                }
                try (PreparedStatement claim =
                        c.prepareStatement(
                                "UPDATE loop_due SET status = 'SENDING', claimed_by = ? WHERE id = ?")) {
                    for (long[] id : claimed) {
                        claim.setString(1, name);
                        claim.setLong(2, id[0]);
                        claim.addBatch();
                    }
                    claim.executeBatch();
                }
                c.commit();
                c.setAutoCommit(true);
                try (PreparedStatement sent =
                        c.prepareStatement(
                                "UPDATE loop_due SET status = 'SENT', sent_at = UTC_TIMESTAMP(6) WHERE id = ?")) {
                    for (int i = 0; i < claimed.size(); i++) {
                        send(phones.get(i));
                        sent.setLong(1, claimed.get(i)[0]);
                        sent.executeUpdate();
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void send(String phone) {
        String form =
                "To="
                        + URLEncoder.encode(phone, StandardCharsets.UTF_8)
                        + "&From="
                        + URLEncoder.encode(App.SERVICE_NUMBER, StandardCharsets.UTF_8)
                        + "&Body="
                        + URLEncoder.encode(
                                "Hello, it is WhatMatters. How are things going with your item?",
                                StandardCharsets.UTF_8);
        HttpRequest request =
                HttpRequest.newBuilder(messages)
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Authorization", authorization)
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build();
        try {
            HttpResponse<String> answer =
                    client.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 201) {
                throw new IllegalStateException(
                        "the stand-in answered " + answer.statusCode() + ": " + answer.body());
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
