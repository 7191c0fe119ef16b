package dev.preflight.runner.bench;

import dev.preflight.bigquery.BigQueryBytes;
import dev.preflight.bigquery.BigQueryDialect;
import dev.preflight.execution.CostEstimate;
import dev.preflight.sql.Statement;
import dev.preflight.suite.Suite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Target 5 on BigQuery, modelled: the standard suite's scan statements in the BigQuery dialect, fused (what the
 * engine sends) and one per check ({@link Benchmark#scanPerCheck}), each priced by BigQuery's
 * on-demand rules on the generated table ({@link BigQueryBytes}, the rules the repository's BigQuery stub answers dry
 * runs with): bytes processed = the sum of the sizes of the columns the statement names, over every row (the suite's
 * window is the whole file); bytes billed = rounded up to a MiB, at least 10 MiB per statement
 * ({@link CostEstimate.Item#estimatedBytesBilled}). No BigQuery answers here: these are the model's figures.
 */
public final class BigQueryCost {

    /** The project the dialect qualifies the bench's two-part table name with. */
    public static final String PROJECT = "preflight-bench";

    private BigQueryCost() {
    }

    /** One statement and what the model says it reads. */
    public record Priced(Statement statement, Set<String> columns, long bytesProcessed, long bytesBilled) {
    }

    /**
     * The comparison at one size.
     *
     * @param rows the rows of the table
     * @param columnBytes each column's size in BigQuery over the whole table
     * @param fused the fused plan's statements (one for the standard suite)
     * @param perCheck one statement per check, in the suite's order
     */
    public record Figures(long rows, Map<String, Long> columnBytes, List<Priced> fused, List<Priced> perCheck) {
        public Figures {
            columnBytes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columnBytes));
            fused = List.copyOf(fused);
            perCheck = List.copyOf(perCheck);
        }

        public long fusedProcessed() {
            return fused.stream().mapToLong(Priced::bytesProcessed).sum();
        }

        public long fusedBilled() {
            return fused.stream().mapToLong(Priced::bytesBilled).sum();
        }

        public long perCheckProcessed() {
            return perCheck.stream().mapToLong(Priced::bytesProcessed).sum();
        }

        public long perCheckBilled() {
            return perCheck.stream().mapToLong(Priced::bytesBilled).sum();
        }

        /** {@return fused ÷ one statement per check, bytes processed} */
        public double processedRatio() {
            return (double) fusedProcessed() / perCheckProcessed();
        }

        /** {@return fused ÷ one statement per check, bytes billed} */
        public double billedRatio() {
            return (double) fusedBilled() / perCheckBilled();
        }
    }

    /** The fused scan's statements and one scan statement per check, as the BigQuery dialect writes them. */
    public record Plans(List<Statement> fused, List<Statement> perCheck) {
        public Plans {
            fused = List.copyOf(fused);
            perCheck = List.copyOf(perCheck);
        }
    }

    /** {@return the scan statements of the suite's first dataset in the BigQuery dialect, fused and one per check} */
    public static Plans plans(Suite suite) {
        BigQueryDialect dialect = BigQueryDialect.of(PROJECT, null);
        return new Plans(Benchmark.fusedScan(suite, dialect).statements(),
                Benchmark.scanPerCheck(suite, dialect).stream().flatMap(scan -> scan.statements().stream()).toList());
    }

    /** {@return each column of {@code parquet} and the GoogleSQL type its DuckDB type loads as, in the file's order} */
    public static Map<String, String> schema(Path parquet) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            return schema(connection, parquet);
        }
    }

    private static Map<String, String> schema(Connection connection, Path parquet) throws SQLException {
        try (java.sql.Statement sql = connection.createStatement(); ResultSet columns = sql.executeQuery("DESCRIBE SELECT *" + from(parquet))) {
            Map<String, String> types = new LinkedHashMap<>();
            while (columns.next()) {
                types.put(columns.getString("column_name"), BigQueryBytes.bigQueryType(columns.getString("column_type")));
            }
            return types;
        }
    }

    /**
     * {@return each column of {@code parquet} and its bytes in BigQuery: the column's {@link #schema} type, each value
     * sized by BigQuery's rules, summed over the rows}
     */
    public static Map<String, Long> columnBytes(Path parquet) throws SQLException {
        // One in-memory database for the schema and the sums.
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            Map<String, String> types = schema(connection, parquet);
            List<String> sums = types.entrySet().stream()
                    .map(c -> "CAST(COALESCE(SUM(" + BigQueryBytes.sizeSql(c.getKey(), c.getValue()) + "), 0) AS BIGINT)").toList();
            try (java.sql.Statement sql = connection.createStatement();
                 ResultSet total = sql.executeQuery("SELECT " + String.join(", ", sums) + from(parquet))) {
                total.next();
                Map<String, Long> bytes = new LinkedHashMap<>();
                int i = 1;
                for (String column : types.keySet()) {
                    bytes.put(column, total.getLong(i++));
                }
                return bytes;
            }
        }
    }

    private static String from(Path parquet) {
        return " FROM read_parquet('" + parquet.toAbsolutePath().toString().replace("'", "''") + "')";
    }

    /** {@return the statement priced by the model: the columns it names, their bytes, and what BigQuery would bill} */
    public static Priced price(Statement statement, Map<String, Long> columnBytes) {
        Set<String> read = BigQueryBytes.namedColumns(statement.sql(), columnBytes.keySet());
        long processed = read.stream().mapToLong(columnBytes::get).sum();
        long billed = new CostEstimate.Item("bench", "BigQuery billing model", statement, OptionalLong.of(processed))
                .estimatedBytesBilled().orElseThrow();
        return new Priced(statement, read, processed, billed);
    }

    /** {@return the comparison for {@code suite} over the table in {@code parquet} of {@code rows} rows} */
    public static Figures measure(Suite suite, Path parquet, long rows) throws SQLException {
        Map<String, Long> bytes = columnBytes(parquet);
        Plans plans = plans(suite);
        return new Figures(rows, bytes, plans.fused().stream().map(s -> price(s, bytes)).toList(),
                plans.perCheck().stream().map(s -> price(s, bytes)).toList());
    }
}
