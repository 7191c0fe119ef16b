package dev.preflight.checks.bigquery;

import dev.preflight.bigquery.BigQueryBytes;
import dev.preflight.bigquery.BigQueryStubServer;
import dev.preflight.bigquery.BigQueryStubServer.Answer;
import dev.preflight.bigquery.BigQueryStubServer.Column;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stub's query engine: BigQuery SQL from the dialect, translated to DuckDB by swapping quoting and
 * {@code COUNTIF} (nothing else differs in what the planner generates), and run on the NBA fixture. Its byte
 * figures follow BigQuery's on-demand rules on the same data ({@link BigQueryBytes}, shared with {@code preflight bench}):
 * the sizes of the columns the statement names (INT64, FLOAT64, DATE 8 bytes; BOOL 1; STRING 2 + its UTF-8 length;
 * NULL 0), over the rows its date predicate keeps, as if every table were partitioned by its date column. They are this stub's figures, not BigQuery's.
 */
final class DuckDbBackedBigQuery implements BigQueryStubServer.Engine, AutoCloseable {

    private static final Pattern QUOTED = Pattern.compile("`([^`]*)`");
    private static final Pattern FROM = Pattern.compile("FROM `[^`.]+\\.([^`.]+)\\.([^`.]+)`");
    private static final Pattern DATE_PREDICATE = Pattern.compile("`(\\w+)` (BETWEEN DATE '[0-9-]+' AND DATE '[0-9-]+'|<= DATE '[0-9-]+')");

    private final Connection connection;
    private final List<String> received = new ArrayList<>();

    DuckDbBackedBigQuery(Path fixture) throws SQLException, IOException {
        // A copy of the fixture: DuckDB refuses a second connection to a file that this JVM holds open with another
        // configuration, and the DuckDB warehouse of the direct run opens the fixture sandboxed.
        Path copy = fixture.resolveSibling(fixture.getFileName() + ".bigquery-stub.duckdb");
        Files.copy(fixture, copy, StandardCopyOption.REPLACE_EXISTING);
        Properties properties = new Properties();
        properties.setProperty("duckdb.read_only", "true");
        this.connection = DriverManager.getConnection("jdbc:duckdb:" + copy, properties);
    }

    /** {@return BigQuery SQL as DuckDB SQL: `project.dataset.table` → "dataset"."table", `column` → "column", COUNTIF → count_if} */
    static String toDuckDb(String sql) {
        Matcher quoted = QUOTED.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (quoted.find()) {
            String[] parts = quoted.group(1).split("\\.");
            List<String> kept = List.of(parts).subList(parts.length == 3 ? 1 : 0, parts.length);
            quoted.appendReplacement(out, Matcher.quoteReplacement(
                    String.join(".", kept.stream().map(p -> '"' + p + '"').toList())));
        }
        quoted.appendTail(out);
        return out.toString().replaceAll("\\bCOUNTIF\\(", "count_if(");
    }

    @Override
    public synchronized Answer answer(String sql) {
        received.add(sql);
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(toDuckDb(sql))) {
            ResultSetMetaData meta = rows.getMetaData();
            List<Column> schema = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                schema.add(new Column(meta.getColumnLabel(i), type(meta.getColumnTypeName(i))));
            }
            List<List<String>> values = new ArrayList<>();
            while (rows.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= schema.size(); i++) {
                    Object value = rows.getObject(i);
                    row.add(value == null ? null : value.toString());
                }
                values.add(row);
            }
            return new Answer(schema, values, bytes(sql));
        } catch (SQLException e) {
            throw new BigQueryStubServer.StubError(400, "invalidQuery", e.getMessage());
        }
    }

    /** {@return every statement received, in order} */
    synchronized List<String> received() {
        return List.copyOf(received);
    }

    private long bytes(String sql) throws SQLException {
        Matcher from = FROM.matcher(sql);
        if (!from.find()) {
            return 0;
        }
        String table = from.group(1) + "." + from.group(2);
        Map<String, String> columns = NbaSchemas.columns(table);
        // Every column the text names, quoted by the planner or written bare in a suite's filter, sized by BigQuery's rules.
        List<String> sizes = new ArrayList<>();
        for (String column : BigQueryBytes.namedColumns(sql, columns.keySet())) {
            sizes.add(BigQueryBytes.sizeSql(column, columns.get(column)));
        }
        Matcher predicate = DATE_PREDICATE.matcher(sql);
        String where = predicate.find() ? " WHERE \"" + predicate.group(1) + "\" " + predicate.group(2) : "";
        String query = "SELECT COALESCE(SUM(" + (sizes.isEmpty() ? "0" : String.join(" + ", sizes)) + "), 0) FROM "
                + from.group(1) + "." + from.group(2) + where;
        try (Statement statement = connection.createStatement(); ResultSet total = statement.executeQuery(query)) {
            total.next();
            return total.getLong(1);
        }
    }

    /** BigQuery's type for a DuckDB result column: DuckDB widens SUM(BIGINT) to HUGEINT where BigQuery keeps INT64. */
    private static String type(String duckdb) {
        String name = duckdb.toUpperCase(java.util.Locale.ROOT);
        if (name.equals("DATE")) {
            return "DATE";
        }
        if (name.contains("INT") || name.matches("DECIMAL\\(\\d+,\\s*0\\)")) {
            return "INTEGER";
        }
        if (name.equals("DOUBLE") || name.equals("FLOAT") || name.equals("REAL") || name.startsWith("DECIMAL")) {
            return "FLOAT";
        }
        return name.equals("BOOLEAN") ? "BOOLEAN" : "STRING";
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
