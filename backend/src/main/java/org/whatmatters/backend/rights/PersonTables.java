package org.whatmatters.backend.rights;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tables that hold rows about a person, found in the database itself (every table with a {@code
 * person_id} column), so a table added later is in every subject-access export and erasure without
 * anyone listing it.
 */
final class PersonTables {

    private PersonTables() {}

    static List<String> in(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        List<String> tables = new ArrayList<>();
        try (ResultSet columns =
                meta.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
            while (columns.next()) {
                String table = columns.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (columns.getString("COLUMN_NAME").equalsIgnoreCase("person_id")
                        && !tables.contains(table)) {
                    tables.add(table);
                }
            }
        }
        tables.sort(null);
        return tables;
    }
}
