package org.whatmatters.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The physical limit of one message's database work on this database: plain JDBC, no HTTP, no
 * engine, no encryption, the same statements one inbound message needs in the application (stored
 * in its own commit; then, in one transaction, the person found and locked, the message locked,
 * earlier unhandled ones looked for, the conversation and the current facts read, the conversation
 * updated, a fact and the replies inserted, the message marked handled; then the outbox claims and
 * marks each reply). Tables of its own ({@code loop_*}).
 */
final class JdbcLoop {

    private static final int REPLIES_PER_MESSAGE = 2;

    record Figures(long messages, double seconds, long p50, long p99, long p999) {
        double throughput() {
            return messages / seconds;
        }
    }

    private final Database database;

    JdbcLoop(Database database) {
        this.database = database;
    }

    void createTables() throws SQLException {
        try (Connection c = database.connect();
                Statement s = c.createStatement()) {
            for (String table :
                    List.of(
                            "loop_outbox",
                            "loop_fact",
                            "loop_conversation",
                            "loop_inbound",
                            "loop_person")) {
                s.execute("DROP TABLE IF EXISTS " + table);
            }
            s.execute(
                    "CREATE TABLE loop_person (id BIGINT AUTO_INCREMENT PRIMARY KEY, phone VARCHAR(32) NOT NULL UNIQUE, created_at TIMESTAMP(6) NOT NULL)");
            s.execute(
                    "CREATE TABLE loop_inbound (id BIGINT AUTO_INCREMENT PRIMARY KEY, provider_id VARCHAR(64) NOT NULL UNIQUE, from_address VARCHAR(64) NOT NULL,"
                            + " body VARCHAR(2000) NOT NULL, received_at TIMESTAMP(6) NOT NULL, processed_at TIMESTAMP(6) NULL, person_id BIGINT NULL)");
            s.execute(
                    "CREATE INDEX loop_inbound_from ON loop_inbound (from_address, processed_at)");
            s.execute(
                    "CREATE TABLE loop_conversation (person_id BIGINT PRIMARY KEY, state VARCHAR(4000) NOT NULL, updated_at TIMESTAMP(6) NOT NULL)");
            s.execute(
                    "CREATE TABLE loop_fact (id BIGINT AUTO_INCREMENT PRIMARY KEY, person_id BIGINT NOT NULL, name VARCHAR(64) NOT NULL,"
                            + " content VARCHAR(2000) NOT NULL, saved_at TIMESTAMP(6) NOT NULL)");
            s.execute("CREATE INDEX loop_fact_person ON loop_fact (person_id, name, id)");
            s.execute(
                    "CREATE TABLE loop_outbox (id BIGINT AUTO_INCREMENT PRIMARY KEY, person_id BIGINT NOT NULL, body VARCHAR(2000) NOT NULL,"
                            + " status VARCHAR(16) NOT NULL, claimed_at TIMESTAMP(6) NULL, sent_at TIMESTAMP(6) NULL)");
        }
    }

    /** {@code threads} connections (the application's pool is 10), flat out for {@code length}. */
    Figures run(int threads, Duration length) throws Exception {
        AtomicLong messages = new AtomicLong();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        long end = start + length.toNanos();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int worker = t;
            Thread thread =
                    new Thread(
                            () -> {
                                try (Connection c = database.connect()) {
                                    long n = 0;
                                    while (System.nanoTime() < end) {
                                        long from = System.nanoTime();
                                        // one person walks the whole transcript, like a webhook
                                        // walker
                                        String phone =
                                                String.format(
                                                        "+44%02d%08d",
                                                        worker, n / Conversations.REPLIES.size());
                                        String body =
                                                Conversations.REPLIES.get(
                                                        (int) (n % Conversations.REPLIES.size()));
                                        message(c, phone, "SM" + worker + "x" + n, body);
                                        n++;
                                        messages.incrementAndGet();
                                        latencies.add(System.nanoTime() - from);
                                    }
                                } catch (SQLException e) {
                                    throw new IllegalStateException(e);
                                }
                            },
                            "jdbc-loop-" + t);
            workers.add(thread);
            thread.start();
        }
        for (Thread thread : workers) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Figures(
                messages.get(),
                seconds,
                Load.percentile(sorted, 0.5),
                Load.percentile(sorted, 0.99),
                Load.percentile(sorted, 0.999));
    }

    private void message(Connection c, String phone, String sid, String body) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        c.setAutoCommit(true);
        long inboundId;
        try (PreparedStatement insert =
                c.prepareStatement(
                        "INSERT INTO loop_inbound (provider_id, from_address, body, received_at) VALUES (?,?,?,?)",
                        Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, sid);
            insert.setString(2, phone);
            insert.setString(3, body);
            insert.setTimestamp(4, now);
            insert.executeUpdate();
            inboundId = key(insert);
        }
        long personId = findOrCreate(c, phone, now);
        c.setAutoCommit(false);
        try {
            query(c, "SELECT id, phone FROM loop_person WHERE id = ? FOR UPDATE", personId);
            query(
                    c,
                    "SELECT id, processed_at FROM loop_inbound WHERE id = ? FOR UPDATE",
                    inboundId);
            try (PreparedStatement earlier =
                    c.prepareStatement(
                            "SELECT id FROM loop_inbound WHERE from_address = ? AND processed_at IS NULL AND id < ?")) {
                earlier.setString(1, phone);
                earlier.setLong(2, inboundId);
                earlier.executeQuery().close();
            }
            boolean exists =
                    query(c, "SELECT state FROM loop_conversation WHERE person_id = ?", personId);
            query(
                    c,
                    "SELECT name, content FROM loop_fact WHERE person_id = ? ORDER BY id",
                    personId);
            try (PreparedStatement save =
                    c.prepareStatement(
                            exists
                                    ? "UPDATE loop_conversation SET state = ?, updated_at = ? WHERE person_id = ?"
                                    : "INSERT INTO loop_conversation (state, updated_at, person_id) VALUES (?,?,?)")) {
                save.setString(
                        1,
                        "{\"position\":\"what-matters/1/stopped-enjoying\",\"language\":\"en\",\"asked\":[\"a\",\"b\"]}");
                save.setTimestamp(2, now);
                save.setLong(3, personId);
                save.executeUpdate();
            }
            try (PreparedStatement fact =
                    c.prepareStatement(
                            "INSERT INTO loop_fact (person_id, name, content, saved_at) VALUES (?,?,?,?)")) {
                fact.setLong(1, personId);
                fact.setString(2, "answer");
                fact.setString(3, body);
                fact.setTimestamp(4, now);
                fact.executeUpdate();
            }
            List<Long> replies = new ArrayList<>();
            try (PreparedStatement reply =
                    c.prepareStatement(
                            "INSERT INTO loop_outbox (person_id, body, status) VALUES (?,?,'QUEUED')",
                            Statement.RETURN_GENERATED_KEYS)) {
                for (int r = 0; r < REPLIES_PER_MESSAGE; r++) {
                    reply.setLong(1, personId);
                    reply.setString(
                            2,
                            "Thank you. Next: what would you like to do more of? Reply SKIP to skip.");
                    reply.executeUpdate();
                    replies.add(key(reply));
                }
            }
            try (PreparedStatement handled =
                    c.prepareStatement(
                            "UPDATE loop_inbound SET processed_at = ?, person_id = ? WHERE id = ?")) {
                handled.setTimestamp(1, now);
                handled.setLong(2, personId);
                handled.setLong(3, inboundId);
                handled.executeUpdate();
            }
            c.commit();
            c.setAutoCommit(true);
            for (Long reply : replies) {
                update(
                        c,
                        "UPDATE loop_outbox SET status = 'SENDING', claimed_at = ? WHERE id = ? AND status = 'QUEUED'",
                        now,
                        reply);
                update(
                        c,
                        "UPDATE loop_outbox SET status = 'SENT', sent_at = ? WHERE id = ?",
                        now,
                        reply);
            }
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static long findOrCreate(Connection c, String phone, Timestamp now)
            throws SQLException {
        try (PreparedStatement find =
                c.prepareStatement("SELECT id FROM loop_person WHERE phone = ?")) {
            find.setString(1, phone);
            try (ResultSet rs = find.executeQuery()) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
        }
        try (PreparedStatement insert =
                c.prepareStatement(
                        "INSERT INTO loop_person (phone, created_at) VALUES (?,?)",
                        Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, phone);
            insert.setTimestamp(2, now);
            insert.executeUpdate();
            return key(insert);
        }
    }

    private static boolean query(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setLong(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                boolean any = false;
                while (rs.next()) {
                    any = true;
                }
                return any;
            }
        }
    }

    private static void update(Connection c, String sql, Timestamp now, long id)
            throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setTimestamp(1, now);
            statement.setLong(2, id);
            statement.executeUpdate();
        }
    }

    private static long key(PreparedStatement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
