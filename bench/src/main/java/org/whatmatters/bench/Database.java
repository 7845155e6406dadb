package org.whatmatters.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Where a run keeps its data: the shipped H2 default (a file under the run's directory) or
 * MariaDB's {@code wm_speed}.
 */
record Database(String name, String url, String user, String password, boolean mariadb) {

    static final String H2_FLAGS =
            ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE;WRITE_DELAY=0;TRACE_LEVEL_FILE=0;QUERY_CACHE_SIZE=64";

    /**
     * The H2 file the application itself opens in {@code dir/data}; the JDBC loop uses its own file
     * beside it.
     */
    static Database h2(Path dir) {
        return new Database(
                "H2",
                "jdbc:h2:file:" + dir.toAbsolutePath().resolve("data/whatmatters") + H2_FLAGS,
                "sa",
                "",
                false);
    }

    static Database h2Loop(Path dir) {
        return new Database(
                "H2",
                "jdbc:h2:file:" + dir.toAbsolutePath().resolve("loop/loop") + H2_FLAGS,
                "sa",
                "",
                false);
    }

    static Database onMariadb() {
        String host = System.getProperty("bench.mariadb", "127.0.0.1:3306");
        String db = System.getProperty("bench.mariadb.database", "wm_speed");
        return new Database(
                "MariaDB",
                "jdbc:mariadb://" + host + "/" + db,
                System.getProperty("bench.mariadb.user", "root"),
                System.getProperty("bench.mariadb.password", ""),
                true);
    }

    /** MariaDB: the benchmark database dropped and made again, so each run starts empty. */
    void recreate() throws SQLException {
        if (!mariadb) {
            return;
        }
        String server = url.substring(0, url.lastIndexOf('/') + 1);
        String db = url.substring(url.lastIndexOf('/') + 1);
        try (Connection connection = DriverManager.getConnection(server, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + db);
            statement.execute(
                    "CREATE DATABASE " + db + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
