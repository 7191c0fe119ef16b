package dev.preflight.checks.duplicates;

import dev.preflight.check.CheckResult;
import dev.preflight.checks.BuiltInChecks;
import dev.preflight.checks.testing.SuiteHarness;
import dev.preflight.testing.DuckDbFixture;
import dev.preflight.testing.SuiteEvaluation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code null_keys} on (game_id, player_lookup), one date: a complete key twice, a key with one NULL twice, a key
 * with two NULLs twice, and a unique key: 7 rows. Each choice counts a different number of duplicate rows, and the
 * failed-row sample agrees with the count.
 */
class DuplicateNullKeysTest {

    private static SuiteEvaluation evaluation;

    @BeforeAll
    static void evaluate(@TempDir Path dir) {
        Path database = dir.resolve("nba.duckdb");
        LocalDate day = LocalDate.parse("2024-10-22");
        try (DuckDbFixture db = DuckDbFixture.create(database)) {
            db.table("nba_analytics.pgs", "game_date DATE", "game_id VARCHAR", "player_lookup VARCHAR")
                    .row(day, "001", "lebronjames").row(day, "001", "lebronjames")
                    .row(day, null, "jaysontatum").row(day, null, "jaysontatum")
                    .row(day, null, null).row(day, null, null)
                    .row(day, "002", "stephencurry");
        }
        evaluation = BuiltInChecks.evaluate("""
                preflight: 1
                name: null_keys
                window: {start: 2024-10-22, end: 2024-10-22}
                datasets:
                  - table: nba_analytics.pgs
                    date_column: game_date
                    keys: [game_id, player_lookup]
                    checks:
                      - duplicates: {id: default}
                      - duplicates: {id: ignore_any, null_keys: ignore_any}
                      - duplicates: {id: ignore_all, null_keys: ignore_all}
                      - duplicates: {id: compare, null_keys: compare}
                      - duplicates: {id: unique_compare, null_keys: compare, mostly: 50}
                      - duplicates: {id: unique_ignore_all, null_keys: ignore_all, mostly: 50}
                """, database);
    }

    @ParameterizedTest(name = "{0}: {1} duplicate rows")
    @CsvSource(textBlock = """
            default,    1
            ignore_any, 1
            ignore_all, 2
            compare,    3
            """)
    void should_count_the_rows_the_choice_compares(String id, long duplicates) {
        CheckResult result = evaluation.result("pgs", id);

        assertThat(result.actual()).isEqualTo(String.valueOf(duplicates));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            unique_compare    | nba_analytics.pgs has a unique (game_id, player_lookup), NULLs compare on 1 of 7 rows (14.3%), below the 50.0% minimum (window 2024-10-22..2024-10-22)
            unique_ignore_all | nba_analytics.pgs has a unique (game_id, player_lookup), NULLs ignore_all on 1 of 5 rows (20.0%), below the 50.0% minimum (window 2024-10-22..2024-10-22)
            """)
    void should_count_unique_rows_among_the_rows_compared(String id, String message) {
        assertThat(evaluation.result("pgs", id).message()).isEqualTo(message);
    }

    @Test
    void should_refuse_an_unknown_choice_where_it_is_written() {
        assertThat(SuiteHarness.problems("preflight: 1\nname: t\nwindow: {start: 2024-01-01, end: 2024-01-02}\ndatasets:\n"
                + "  - table: nba_analytics.pgs\n    date_column: game_date\n    keys: [game_id]\n    checks:\n"
                + "      - duplicates: {null_keys: equal}\n")).extracting(Object::toString).containsExactly(
                "suite.yaml:9:33: 'null_keys' of check 'duplicates' of dataset 'pgs' is ignore_any (a NULL in any key column: never a duplicate),"
                        + " ignore_all (only all-NULL keys left out) or compare (NULL equals NULL), not 'equal'");
    }
}
