package dev.preflight.plan;

import dev.preflight.model.SqlFragment;
import dev.preflight.metric.CustomQuery;
import dev.preflight.metric.DatasetMetrics;
import dev.preflight.metric.Metric;
import dev.preflight.metric.Predicate;
import dev.preflight.suite.Dataset;
import dev.preflight.model.DateWindow;
import dev.preflight.model.TableName;
import dev.preflight.duckdb.DuckDbDialect;
import dev.preflight.model.Parameters;
import dev.preflight.source.SourceLocation;
import dev.preflight.sql.Statement;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The statements besides the scan, and the scan of a table without a date column. */
class StatementPlannersTest {

    private static final SourceLocation HERE = new SourceLocation(URI.create("file:///s.yaml"), "s.yaml", 1, 1);
    private static final DateWindow WINDOW = new DateWindow(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-01-10"));

    private static Dataset dataset(String dateColumn, String where) {
        return new Dataset("pgs", TableName.parse("nba.pgs").orElseThrow(), dateColumn, List.of(), where == null ? null : SqlFragment.of(where), List.of(), List.of(), List.of(), HERE);
    }

    @Test
    void should_scan_an_undated_table_as_one_group_without_a_window() {
        Scan scan = ScanPlanner.plan(dataset(null, "active"), WINDOW, List.of(new Metric.DuplicateRows(List.of("k"))), DuckDbDialect.INSTANCE);

        assertThat(scan.statement().sql()).isEqualTo("SELECT pf_date, pf_rows.m0 AS m0, COALESCE(pf_dup1.m1, 0) AS m1"
                + " FROM (SELECT DATE '0001-01-01' AS pf_date, COUNT(*) AS m0 FROM \"nba\".\"pgs\" WHERE (active) GROUP BY pf_date) AS pf_rows"
                + " LEFT JOIN (SELECT pf_first AS pf_date, SUM(pf_n - 1) AS m1 FROM (SELECT MIN(DATE '0001-01-01') AS pf_first, COUNT(*) AS pf_n"
                + " FROM \"nba\".\"pgs\" WHERE (active) AND \"k\" IS NOT NULL AND hash(\"k\") IN (SELECT pf_h FROM (SELECT hash(\"k\") AS pf_h"
                + " FROM \"nba\".\"pgs\" WHERE (active) AND \"k\" IS NOT NULL GROUP BY pf_h HAVING COUNT(*) > 1) AS pf_hashes1)"
                + " GROUP BY \"k\") AS pf_keys1 GROUP BY pf_first) AS pf_dup1"
                + " USING (pf_date) ORDER BY pf_date");
    }

    @Test
    void should_list_the_values_of_few_valued_columns_by_their_index_in_one_statement() {
        Statement values = ValuesPlanner.plan(dataset("game_date", "minutes > 0"), WINDOW, List.of("team_abbr", "context source"), 20,
                DuckDbDialect.INSTANCE);

        assertThat(values.kind()).isEqualTo(Statement.Kind.PROFILE);
        String from = " FROM \"nba\".\"pgs\" WHERE \"game_date\" BETWEEN DATE '2024-01-01' AND DATE '2024-01-10' AND (minutes > 0)";
        assertThat(values.sql()).isEqualTo("SELECT pf_column, pf_value, pf_rows FROM (SELECT pf_column, pf_value, COUNT(*) AS pf_rows,"
                + " COUNT(*) OVER (PARTITION BY pf_column) AS pf_values FROM (SELECT 0 AS pf_column, \"team_abbr\" AS pf_value" + from
                + " UNION ALL SELECT 1 AS pf_column, \"context source\" AS pf_value" + from + ") AS pf_cells"
                + " WHERE pf_value IS NOT NULL GROUP BY pf_column, pf_value) AS pf_counts WHERE pf_values <= 20"
                + " ORDER BY pf_column, pf_rows DESC, pf_value");
    }

    @Test
    void should_sample_only_named_columns_of_failing_rows_in_the_window() {
        Statement sample = SamplePlanner.plan(dataset("game_date", null), WINDOW, new Predicate.KeyRepeated(List.of("player_lookup")),
                List.of("player_lookup", "points"), 5, DuckDbDialect.INSTANCE);

        assertThat(sample.kind()).isEqualTo(Statement.Kind.SAMPLE);
        assertThat(sample.sql()).isEqualTo("SELECT \"player_lookup\", \"points\" FROM (SELECT *, COUNT(*) OVER (PARTITION BY \"player_lookup\")"
                + " AS pf_key_rows FROM \"nba\".\"pgs\" WHERE \"game_date\" BETWEEN DATE '2024-01-01' AND DATE '2024-01-10') AS pf_rows"
                + " WHERE pf_key_rows > 1 AND \"player_lookup\" IS NOT NULL ORDER BY \"game_date\", \"player_lookup\", \"points\" LIMIT 5");
    }

    @Test
    void should_bind_placeholders_of_a_custom_query_in_order() {
        CustomQuery query = new CustomQuery("SELECT max(points) FROM ${table} WHERE game_date <= ${end_date} AND team = ${team}",
                CustomQuery.Mode.METRIC, HERE);

        Statement statement = CustomQueries.plan(query, dataset("game_date", null), WINDOW, new Parameters(Map.of("team", "x'; DROP")),
                DuckDbDialect.INSTANCE);

        assertThat(statement.sql()).isEqualTo("SELECT max(points) FROM \"nba\".\"pgs\" WHERE game_date <= ? AND team = ?");
        assertThat(statement.parameters()).containsExactly(LocalDate.parse("2024-01-10"), "x'; DROP");
    }

    @Test
    void should_drop_waived_dates_from_the_counts() {
        DatasetMetrics metrics = new DatasetMetrics(List.of(Metric.rowCount()), Map.of(LocalDate.parse("2024-01-01"), new long[] {3},
                LocalDate.parse("2024-01-02"), new long[] {4}));

        assertThat(metrics.without(List.of(LocalDate.parse("2024-01-02"))).total(Metric.rowCount())).isEqualTo(3);
        assertThat(metrics.total(Metric.rowCount())).isEqualTo(7);
    }
}
