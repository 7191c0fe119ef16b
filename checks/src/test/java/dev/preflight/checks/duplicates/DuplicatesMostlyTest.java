package dev.preflight.checks.duplicates;

import dev.preflight.check.CheckResult;
import dev.preflight.checks.testing.Contexts;
import dev.preflight.checks.testing.SuiteHarness;
import dev.preflight.metric.Metric;
import dev.preflight.plan.ScanPlanner;
import dev.preflight.duckdb.DuckDbDialect;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.preflight.checks.testing.Contexts.day;
import static org.assertj.core.api.Assertions.assertThat;

class DuplicatesMostlyTest {

    private static final String HEAD = "preflight: 1\nname: t\nwindow: {start: 2024-01-01, end: 2024-01-10}\ndatasets:\n"
            + "  - table: nba.pgs\n    date_column: game_date\n    keys: [game_id, player_lookup]\n    checks:\n";

    @Test
    void should_read_mostly_and_refuse_it_next_to_max() {
        assertThat(SuiteHarness.parse(HEAD + "      - duplicates: {mostly: 99}\n").datasets().get(0).checks().get(0).spec())
                .isEqualTo(new DuplicatesSpec(List.of("game_id", "player_lookup"), 0, 99.0));
        assertThat(SuiteHarness.problems(HEAD + "      - duplicates: {mostly: 99, max: 3}\n")).extracting(Object::toString)
                .containsExactly("suite.yaml:9:30: check 'duplicates' of dataset 'pgs' takes 'max' (duplicate rows) or 'mostly' (percent unique), not both");
    }

    @Test
    void should_count_every_copy_of_a_repeated_key_in_the_scan() {
        var spec = new DuplicatesSpec(List.of("game_id", "player_lookup"), 0, 99.0);

        String sql = ScanPlanner.plan(Contexts.dataset("nba.pgs", "game_date"), Contexts.WINDOW, spec.metrics(), DuckDbDialect.INSTANCE)
                .statement().sql();

        assertThat(sql).contains("SELECT pf_first AS pf_date, SUM(pf_n) AS m2 FROM (SELECT MIN(\"game_date\") AS pf_first, COUNT(*) AS pf_n",
                "GROUP BY \"game_id\", \"player_lookup\" HAVING COUNT(*) > 1) AS pf_keys2",
                "COUNT(*) FILTER (WHERE \"game_id\" IS NOT NULL AND \"player_lookup\" IS NOT NULL) AS m3");
    }

    @Test
    void should_judge_the_share_of_rows_whose_key_is_unique() {
        var spec = new DuplicatesSpec(List.of("game_id", "player_lookup"), 0, 99.0);
        // 400 keyed rows; one key three times and one twice: 5 rows not unique, 395 of 400 = 98.75%
        var metrics = new Contexts.Metrics(Metric.rowCount(), new Metric.DuplicateRows(spec.keys()), new Metric.RepeatedKeyRows(spec.keys()),
                spec.keyedRows()).on(day(1), 200, 1, 2, 200).on(day(2), 201, 2, 3, 200).build();

        CheckResult result = spec.evaluate(Contexts.context(Contexts.dataset("nba.pgs", "game_date"), metrics));

        assertThat(result.status()).isEqualTo(CheckResult.Status.FAILED);
        assertThat(result.message()).isEqualTo("nba.pgs has a unique (game_id, player_lookup) on 395 of 400 rows (98.8%), below the 99.0%"
                + " minimum (window 2024-01-01..2024-01-10)");
        assertThat(result.observations()).containsEntry("duplicate_rows", 3L).containsEntry("repeated_key_rows", 5L);
    }
}
