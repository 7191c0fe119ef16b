package dev.preflight.checks.anomaly;

import dev.preflight.check.CheckResult;
import dev.preflight.checks.BuiltInChecks;
import dev.preflight.testing.DuckDbFixture;
import dev.preflight.testing.SuiteEvaluation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two seasons of game dates (every day but Mondays: off days), 100–104 rows a date in the first and 200–204 in the
 * second, a 3-day bootstrap after each opener. Planted: a half-scraped date in each season (60 and 120 rows), a
 * half-scraped date inside the bootstrap (never judged), and a week where usage_rate is NULL on 30% of the rows
 * instead of 10%.
 */
class AnomalyTest {

    static final LocalDate HALF_A = LocalDate.parse("2024-02-10");
    static final LocalDate HALF_B = LocalDate.parse("2024-11-05");
    static final LocalDate IN_BOOTSTRAP = LocalDate.parse("2024-01-02");
    static final LocalDate SHORT_MINUTES = LocalDate.parse("2024-11-20");

    private static SuiteEvaluation evaluation;
    private static Path database;

    @BeforeAll
    static void evaluate(@TempDir Path dir) {
        database = dir.resolve("nba.duckdb");
        try (DuckDbFixture db = DuckDbFixture.create(database)) {
            db.sql("CREATE SCHEMA nba_raw", "CREATE SCHEMA nba_analytics",
                    "CREATE TABLE nba_raw.schedule AS SELECT d::DATE AS game_date, CASE WHEN d < DATE '2024-06-01' THEN 2023 ELSE 2024 END AS season_year"
                            + " FROM (SELECT unnest(range(DATE '2024-01-01', DATE '2024-03-01', INTERVAL 1 DAY)) AS d"
                            + " UNION ALL SELECT unnest(range(DATE '2024-10-01', DATE '2024-12-01', INTERVAL 1 DAY))) WHERE dayofweek(d) <> 1",
                    // Rows per date: the season's level plus 0..4; the planted dates have fewer.
                    "CREATE TABLE nba_analytics.pgs AS SELECT s.game_date, i AS player,"
                            + " CASE WHEN i % 10 = 0 OR (s.game_date BETWEEN DATE '2024-02-20' AND DATE '2024-02-26' AND i % 10 IN (1, 2)) THEN NULL"
                            + " ELSE 20.0 END AS usage_rate,"
                            // Minutes: 30–32 a player (NULL for every 7th), halved on one date.
                            + " CASE WHEN i % 7 = 0 THEN NULL WHEN s.game_date = DATE '" + SHORT_MINUTES + "' THEN 15.0 + i % 3"
                            + " ELSE 30.0 + i % 3 END AS minutes"
                            + " FROM nba_raw.schedule s, range(0, 300) t(i)"
                            + " WHERE i < CASE WHEN s.game_date = DATE '" + HALF_A + "' THEN 60 WHEN s.game_date = DATE '" + HALF_B + "' THEN 120"
                            + " WHEN s.game_date = DATE '" + IN_BOOTSTRAP + "' THEN 50"
                            + " ELSE (CASE WHEN s.season_year = 2023 THEN 100 ELSE 200 END) + dayofyear(s.game_date) % 5 END");
        }
        evaluation = BuiltInChecks.evaluate("""
                preflight: 1
                name: anomalies
                window: {start: 2024-01-01, end: 2024-11-30}
                calendar: {table: nba_raw.schedule, date_column: game_date, season_column: season_year}
                seasons: {bootstrap_days: 3}
                datasets:
                  - table: nba_analytics.pgs
                    date_column: game_date
                    checks:
                      - anomaly: {id: rows_per_season, metric: rows, per: season}
                      - anomaly: {id: rows_across_seasons, metric: rows, direction: both}
                      - anomaly: {id: rows_drop_across_seasons, metric: rows, direction: drop}
                      - anomaly: {id: usage_nulls, metric: null_share(usage_rate), direction: rise, per: season}
                      - anomaly: {id: usage_share, metric: "share(usage_rate IS NULL)", direction: rise, per: season}
                      - anomaly: {id: zscore, metric: rows, per: season, method: zscore}
                      - anomaly: {id: minutes_mean, metric: value_mean(minutes), per: season}
                """, database);
    }

    @Test
    void should_find_each_half_scraped_date_and_nothing_else() {
        CheckResult result = evaluation.result("pgs", "rows_per_season");

        assertThat(dates(result)).containsExactly(HALF_A.toString(), HALF_B.toString());
        assertThat(result.status()).isEqualTo(CheckResult.Status.FAILED);
        assertThat(result.message()).isEqualTo("nba_analytics.pgs's rows is anomalous on 2 dates of 84: 2024-02-10 60 (baseline 102,"
                + " band 81.6–122.4), 2024-11-05 120 (baseline 202, band 161.6–242.4) (window 2024-01-01..2024-11-30)");
    }

    /** A one-sided check shows the one bound it judges, never a band whose other end could not occur (a share below 0%). */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource({
            "rows_drop_across_seasons, 'expected ≥ ', ≤",
            "usage_nulls, 'expected ≤ ', ≥",
            "rows_across_seasons, 'band ', expected"})
    void should_show_the_bound_its_direction_judges(String id, String shown, String never) {
        CheckResult result = evaluation.result("pgs", id);

        assertThat(result.status()).isEqualTo(CheckResult.Status.FAILED);
        assertThat(result.message()).containsPattern("\\(baseline [0-9.]+, " + java.util.regex.Pattern.quote(shown) + "[0-9.-]+")
                .doesNotContain(never);
    }

    @Test
    void should_never_judge_a_bootstrap_date_nor_count_an_off_day() {
        // 2024-01-02 (50 rows) is in the first season's bootstrap, and Mondays have no rows: neither is an anomaly,
        // and neither pulls the baseline down (the per-season result has exactly the two planted dates).
        assertThat(dates(evaluation.result("pgs", "rows_per_season"))).doesNotContain(IN_BOOTSTRAP.toString());
        assertThat(dates(evaluation.result("pgs", "rows_per_season"))).noneMatch(d -> LocalDate.parse(d).getDayOfWeek().getValue() == 1);
    }

    @Test
    void should_restart_the_baseline_at_each_opener_only_per_season() {
        // Across seasons, the second season's first dates (200 rows) rise far above the first season's 100.
        List<String> across = dates(evaluation.result("pgs", "rows_across_seasons"));
        assertThat(across).contains(HALF_A.toString(), HALF_B.toString()).anyMatch(d -> d.startsWith("2024-10-0"));
        assertThat(dates(evaluation.result("pgs", "rows_drop_across_seasons"))).noneMatch(d -> d.startsWith("2024-10-0"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            usage_nulls
            usage_share
            """)
    void should_flag_the_week_of_null_drift(String id) {
        CheckResult result = evaluation.result("pgs", id);

        // The drift week's game dates; 2024-02-26 is a Monday, an off day.
        assertThat(dates(result)).containsExactly("2024-02-20", "2024-02-21", "2024-02-22", "2024-02-23", "2024-02-24", "2024-02-25");
    }

    @Test
    void should_find_the_date_whose_mean_value_halved() {
        CheckResult result = evaluation.result("pgs", "minutes_mean");

        // The mean of the non-NULL values, from the scan's sum and counts: about 31 a date, about 16 on the planted one.
        assertThat(dates(result)).containsExactly(SHORT_MINUTES.toString());
        assertThat(result.message()).contains("value_mean(minutes) is anomalous on 1 date", SHORT_MINUTES + " 16");
    }

    @Test
    void should_judge_with_a_z_score_too() {
        assertThat(dates(evaluation.result("pgs", "zscore"))).contains(HALF_A.toString(), HALF_B.toString());
    }

    /**
     * Plain Java over the per-date row counts, written apart from the check: the previous 28 non-bootstrap expected
     * dates that have rows, median and 1.4826 × MAD (at least 5% of the median), 4 of them either side.
     */
    @Test
    void should_agree_with_an_independent_computation_on_every_date() throws Exception {
        TreeMap<LocalDate, Long> rows = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + database);
             ResultSet r = c.createStatement().executeQuery("SELECT game_date, COUNT(*) FROM nba_analytics.pgs GROUP BY 1")) {
            while (r.next()) {
                rows.put(r.getDate(1).toLocalDate(), r.getLong(2));
            }
        }
        List<LocalDate> openers = List.of(LocalDate.parse("2024-01-02"), LocalDate.parse("2024-10-01"));
        List<String> expected = new ArrayList<>();
        List<Double> history = new ArrayList<>();
        for (Map.Entry<LocalDate, Long> day : rows.entrySet()) {
            LocalDate date = day.getKey();
            boolean bootstrap = openers.stream().anyMatch(o -> !date.isBefore(o) && date.isBefore(o.plusDays(3)));
            if (bootstrap) {
                continue;
            }
            if (history.size() >= 7) {
                double[] window = history.subList(Math.max(0, history.size() - 28), history.size()).stream().mapToDouble(Double::doubleValue).toArray();
                double median = median(window);
                double mad = median(Arrays.stream(window).map(v -> Math.abs(v - median)).toArray()) * 1.4826;
                double spread = Math.max(mad, Math.max(Math.abs(median) * 0.05, 0.01));
                if (Math.abs(day.getValue() - median) > 4 * spread) {
                    expected.add(date.toString());
                }
            }
            history.add((double) day.getValue());
        }

        assertThat(dates(evaluation.result("pgs", "rows_across_seasons"))).isEqualTo(expected);
    }

    @SuppressWarnings("unchecked")
    static List<String> dates(CheckResult result) {
        Object anomalies = result.details().get("anomalies");
        if (anomalies == null) {
            return List.of();
        }
        return ((List<Map<String, Object>>) anomalies).stream().map(a -> (String) a.get("date")).toList();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
