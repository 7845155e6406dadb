package org.whatmatters.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A large existing database for {@code StartupBench}: one person talks to the running application
 * over the SMS webhook (so their rows are what the application writes), then, with the application
 * stopped, plain JDBC copies that person's rows to {@code people} more people on the H2 file: their
 * person row, conversation, facts, first text in and first reply out. The copies keep the sealed
 * values as the application wrote them for the first person (bound to that person's rows, so they
 * would not open for the copies; nothing at start-up opens them) and get their own ids, provider
 * message ids and phone lookup hashes (the application's HMAC under {@link App#PHONE_LOOKUP_KEY} of
 * a number of their own), so every unique index holds.
 */
final class LargeData {

    private static final String PHONE = "+447700955555";

    private LargeData() {}

    /** Walks {@link Conversations#REPLIES} as one person, each reply after the last one's 200. */
    static void converse(App app, int port) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String publicUrl = "http://localhost:" + port + Load.PATH;
        int n = 0;
        for (String reply : Conversations.REPLIES) {
            Map<String, String> form = new TreeMap<>();
            form.put("MessageSid", "SMee" + String.format("%030x", ++n));
            form.put("AccountSid", App.ACCOUNT_SID);
            form.put("From", PHONE);
            form.put("To", App.SERVICE_NUMBER);
            form.put("Body", reply);
            form.put("NumMedia", "0");
            String body = Load.formBody(form);
            HttpResponse<String> answer =
                    client.send(
                            HttpRequest.newBuilder(app.base().resolve(URI.create(Load.PATH)))
                                    .timeout(Duration.ofSeconds(30))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .header("X-Twilio-Signature", Load.sign(publicUrl, form))
                                    .POST(HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(
                        "the webhook answered " + answer.statusCode() + " to reply " + n);
            }
            // the inbox handles each text in the background: give it the time a person would
            Thread.sleep(150);
        }
        Thread.sleep(3000);
    }

    /** Copies the one person's rows {@code people} times; what each person got (rows per table). */
    static String seed(Path dir, int people) throws SQLException {
        Database database = Database.h2(dir);
        try (Connection connection =
                DriverManager.getConnection(database.url(), database.user(), database.password())) {
            connection.setAutoCommit(false);
            long template = single(connection, "SELECT MIN(id) FROM person");
            if (template == 0) {
                throw new IllegalStateException("the first start created no person to copy");
            }
            Map<String, Object> person =
                    rows(connection, "SELECT * FROM person WHERE id = ?", template).get(0);
            List<Map<String, Object>> conversation =
                    rows(connection, "SELECT * FROM conversation WHERE person_id = ?", template);
            List<Map<String, Object>> facts =
                    rows(
                            connection,
                            "SELECT * FROM fact WHERE person_id = ? ORDER BY id",
                            template);
            List<Map<String, Object>> inbound =
                    first(
                            rows(
                                    connection,
                                    "SELECT * FROM inbound_message WHERE person_id = ? ORDER BY id",
                                    template));
            List<Map<String, Object>> outbound =
                    first(
                            rows(
                                    connection,
                                    "SELECT * FROM outbound_message WHERE person_id = ? ORDER BY id",
                                    template));
            long personBase = single(connection, "SELECT MAX(id) FROM person") + 1;
            long factBase = single(connection, "SELECT COALESCE(MAX(id), 0) FROM fact") + 1;
            long inBase =
                    single(connection, "SELECT COALESCE(MAX(id), 0) FROM inbound_message") + 1;
            long outBase =
                    single(connection, "SELECT COALESCE(MAX(id), 0) FROM outbound_message") + 1;
            Mac lookup = Mac.getInstance("HmacSHA256");
            lookup.init(
                    new SecretKeySpec(
                            Base64.getDecoder().decode(App.PHONE_LOOKUP_KEY), "HmacSHA256"));

            Insert persons = new Insert(connection, "person", person.keySet());
            Insert conversations =
                    conversation.isEmpty()
                            ? null
                            : new Insert(connection, "conversation", conversation.get(0).keySet());
            Insert factRows =
                    facts.isEmpty() ? null : new Insert(connection, "fact", facts.get(0).keySet());
            Insert ins =
                    inbound.isEmpty()
                            ? null
                            : new Insert(connection, "inbound_message", inbound.get(0).keySet());
            Insert outs =
                    outbound.isEmpty()
                            ? null
                            : new Insert(connection, "outbound_message", outbound.get(0).keySet());
            for (int i = 0; i < people; i++) {
                long id = personBase + i;
                String hash = hash(lookup, String.format("+4478%09d", i));
                persons.add(person, Map.of("id", id, "phone_e164_hash", hash));
                if (conversations != null) {
                    conversations.add(conversation.get(0), Map.of("person_id", id));
                }
                for (int k = 0; k < facts.size(); k++) {
                    factRows.add(
                            facts.get(k),
                            Map.of("id", factBase + (long) i * facts.size() + k, "person_id", id));
                }
                if (ins != null) {
                    Map<String, Object> over = new LinkedHashMap<>();
                    over.put("id", inBase + i);
                    over.put("person_id", id);
                    over.put("provider_id", "SMdd" + String.format("%030x", i));
                    over.put("from_address_hash", hash);
                    ins.add(inbound.get(0), over);
                }
                if (outs != null) {
                    Map<String, Object> over = new LinkedHashMap<>();
                    over.put("id", outBase + i);
                    over.put("person_id", id);
                    if (outbound.get(0).get("provider_id") != null) {
                        over.put("provider_id", "SMcc" + String.format("%030x", i));
                    }
                    if (outbound.get(0).get("in_reply_to") != null) {
                        over.put("in_reply_to", ins != null ? inBase + i : null);
                    }
                    outs.add(outbound.get(0), over);
                }
                if ((i + 1) % 1000 == 0 || i == people - 1) {
                    // parents before children
                    for (Insert insert :
                            new Insert[] {persons, conversations, factRows, ins, outs}) {
                        if (insert != null) {
                            insert.flush();
                        }
                    }
                    connection.commit();
                }
            }
            try (Statement statement = connection.createStatement()) {
                for (String table :
                        List.of("person", "fact", "inbound_message", "outbound_message")) {
                    long next = single(connection, "SELECT MAX(id) FROM " + table) + 1;
                    statement.execute(
                            "ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
                }
            }
            connection.commit();
            return String.format(
                    "%,d people copied from one the application created (each: 1 person, %d conversation, %d facts, "
                            + "%d inbound and %d outbound message; %,d rows in all)",
                    people,
                    conversation.size(),
                    facts.size(),
                    inbound.size(),
                    outbound.size(),
                    (long) people
                            * (1
                                    + conversation.size()
                                    + facts.size()
                                    + inbound.size()
                                    + outbound.size()));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The application's lookup hash of an address (privacy.PhoneLookup). */
    private static String hash(Mac mac, String address) {
        mac.update("whatmatters phone lookup|".getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(mac.doFinal(address.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Map<String, Object>> first(List<Map<String, Object>> rows) {
        return rows.isEmpty() ? rows : List.of(rows.get(0));
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Each row as column name to value, large text read as a string. */
    private static List<Map<String, Object>> rows(Connection connection, String sql, long param)
            throws SQLException {
        List<Map<String, Object>> all = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, param);
            try (ResultSet rows = statement.executeQuery()) {
                ResultSetMetaData meta = rows.getMetaData();
                while (rows.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        int type = meta.getColumnType(c);
                        row.put(
                                meta.getColumnLabel(c).toLowerCase(),
                                type == Types.CLOB || type == Types.NCLOB
                                        ? rows.getString(c)
                                        : rows.getObject(c));
                    }
                    all.add(row);
                }
            }
        }
        return all;
    }

    /** A batched insert of copies of a template row with some columns replaced. */
    private static final class Insert {
        private final List<String> columns;
        private final PreparedStatement statement;

        Insert(Connection connection, String table, java.util.Set<String> columns)
                throws SQLException {
            this.columns = List.copyOf(columns);
            this.statement =
                    connection.prepareStatement(
                            "INSERT INTO "
                                    + table
                                    + " ("
                                    + String.join(", ", this.columns)
                                    + ") VALUES ("
                                    + this.columns.stream()
                                            .map(c -> "?")
                                            .collect(Collectors.joining(", "))
                                    + ")");
        }

        void add(Map<String, Object> template, Map<String, Object> replaced) throws SQLException {
            for (int i = 0; i < columns.size(); i++) {
                String column = columns.get(i);
                statement.setObject(
                        i + 1,
                        replaced.containsKey(column) ? replaced.get(column) : template.get(column));
            }
            statement.addBatch();
        }

        void flush() throws SQLException {
            statement.executeBatch();
        }
    }
}
