package dev.preflight.checks.schema;

import dev.preflight.check.CheckResult;
import dev.preflight.check.DatasetFacts;
import dev.preflight.checks.testing.Contexts;
import dev.preflight.checks.testing.SuiteHarness;
import dev.preflight.metric.DatasetMetrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaTest {

    private static CheckResult evaluate(SchemaSpec spec, Map<String, String> columns, boolean exists) {
        DatasetFacts facts = new DatasetFacts(columns, exists, true, Map.of(), Map.of());
        return spec.evaluate(Contexts.context(Contexts.dataset("nba.pgs", "game_date"), new DatasetMetrics(List.of(), Map.of()), facts));
    }

    @Test
    void should_read_names_or_names_with_types() {
        var spec = SuiteHarness.parse("preflight: 1\nname: t\nwindow: {start: 2024-01-01, end: 2024-01-10}\ndatasets:\n"
                + "  - table: nba.pgs\n    checks:\n      - schema: {columns: {game_date: DATE, usage_rate: FLOAT64}, extra_columns: false}\n")
                .datasets().get(0).checks().get(0).spec();

        assertThat(spec).isEqualTo(new SchemaSpec(List.of(new ExpectedColumn("game_date", "DATE"), new ExpectedColumn("usage_rate", "FLOAT64")), false));
    }

    @Test
    void should_name_missing_mistyped_and_unexpected_columns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("game_date", "DATE");
        columns.put("usage_rate", "VARCHAR");
        columns.put("notes", "VARCHAR");
        SchemaSpec spec = new SchemaSpec(List.of(new ExpectedColumn("game_date", "DATE"), new ExpectedColumn("usage_rate", "FLOAT64"),
                new ExpectedColumn("points", null)), false);

        CheckResult result = evaluate(spec, columns, true);

        assertThat(result.status()).isEqualTo(CheckResult.Status.FAILED);
        assertThat(result.message()).isEqualTo("nba.pgs does not have the expected columns: missing points; usage_rate is VARCHAR, not FLOAT64;"
                + " unexpected notes (its columns: game_date, usage_rate, notes)");
        assertThat(evaluate(spec, Map.of(), false).message()).isEqualTo("table nba.pgs does not exist");
    }

    @Test
    void should_read_metadata_once_for_two_schema_checks_and_judge_a_table_the_scan_cannot_read(@TempDir Path dir) {
        Path db = SuiteHarness.database(dir, "CREATE SCHEMA nba", "CREATE TABLE nba.pgs (game_date DATE, usage_rate DOUBLE, player_lookup VARCHAR)");
        Path suite = SuiteHarness.suite(dir, db, "window: {start: 2024-01-01, end: 2024-01-10}\ndatasets:\n"
                + "  - table: nba.pgs\n    date_column: game_date\n    checks:\n"
                + "      - schema: {columns: {game_date: DATE, usage_rate: FLOAT64, player_lookup: STRING}}\n"
                + "      - schema: {id: exact, columns: [game_date, usage_rate], extra_columns: false}\n"
                + "      - null_rate: {column: minutes_played, max: 5}\n");

        SuiteHarness.Run run = SuiteHarness.run(suite);

        assertThat(run.outcomes()).containsEntry("pgs/schema", "PASSED").containsEntry("pgs/exact", "FAILED");
        assertThat(run.message("pgs/exact")).isEqualTo("nba.pgs does not have the expected columns: unexpected player_lookup"
                + " (its columns: game_date, usage_rate, player_lookup)");
        assertThat(run.error("pgs/null_rate(minutes_played)")).hasValueSatisfying(m -> assertThat(m).contains("column 'minutes_played' does not exist"));
        // metadata once (reused to diagnose the failed scan), the scan once
        assertThat(run.statements("pgs")).isEqualTo(2);
    }

    @Test
    void should_not_scan_a_dataset_whose_only_checks_read_metadata(@TempDir Path dir) {
        Path db = SuiteHarness.database(dir, "CREATE SCHEMA nba", "CREATE TABLE nba.pgs (game_date DATE)");
        Path suite = SuiteHarness.suite(dir, db, "window: {start: 2024-01-01, end: 2024-01-10}\ndatasets:\n"
                + "  - table: nba.pgs\n    date_column: game_date\n    checks:\n      - schema: {columns: [game_date]}\n"
                + "  - {table: nba.missing, date_column: game_date, checks: [{schema: {columns: [game_date]}}]}\n");

        SuiteHarness.Run run = SuiteHarness.run(suite);

        assertThat(run.statements("pgs")).isEqualTo(1);
        assertThat(run.outcome("missing/schema")).isEqualTo("FAILED");
        assertThat(run.message("missing/schema")).isEqualTo("table nba.missing does not exist");
    }
}
