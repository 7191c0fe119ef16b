package dev.preflight.runner;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code preflight plan}: every date a backfill must redo, the missing ones and the ones short of rows. */
class PlanCommandTest {

    @TempDir
    Path dir;

    @Test
    void should_plan_missing_and_short_dates_in_date_order() throws Exception {
        Fixture fixture = Fixture.in(dir);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + fixture.warehouse); Statement s = c.createStatement()) {
            // Two rows a date, but one on 2024-01-10 and none from 2024-01-15 to 2024-01-16.
            s.execute("CREATE TABLE s.teams AS SELECT d, t AS v FROM s.cal, range(2) r(t)"
                    + " WHERE NOT (d = DATE '2024-01-10' AND t = 1) AND d NOT IN (DATE '2024-01-15', DATE '2024-01-16')");
        }
        Path suite = fixture.suite("teams.yaml", "  - table: s.teams\n    date_column: d\n    checks:\n      - coverage: {min: 95, min_rows_per_date: 2}");

        Cli.Run ranges = Cli.run(dir, "plan", "--suite", suite.toString());
        Cli.Run dates = Cli.run(dir, "plan", "--suite", suite.toString(), "--format", "dates");

        assertThat(ranges.exitCode()).as(ranges.all()).isEqualTo(0);
        assertThat(ranges.out().lines()).containsExactly(
                "--start-date 2024-01-10 --end-date 2024-01-10",
                "--start-date 2024-01-15 --end-date 2024-01-16");
        assertThat(dates.out().strip()).isEqualTo("--dates 2024-01-10,2024-01-15,2024-01-16");
    }

    @Test
    void should_name_the_nearest_covered_table_when_the_table_is_misspelt() throws Exception {
        Fixture fixture = Fixture.in(dir);
        Path suite = fixture.suite("s.yaml", Fixture.dataset("s.gappy", "error"), Fixture.dataset("s.full", "error"));

        Cli.Run run = Cli.inProcess("plan", "--suite", suite.toString(), "--table", "s.gapy");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
        assertThat(run.err()).contains("no coverage check on table 's.gapy' in " + suite + "; did you mean 's.gappy'?; tables with one: s.gappy, s.full")
                .doesNotContain("\tat ");
    }
}
