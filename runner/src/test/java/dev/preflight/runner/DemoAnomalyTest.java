package dev.preflight.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.preflight.demo.DemoWarehouse;
import dev.preflight.demo.GroundTruth;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's planted anomalies through the real command, twice (the second run reads the first run's history), and
 * the same judgement computed again in plain Java from a per-date CSV exported from the demo warehouse.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoAnomalyTest {

    private static final String SUITE = DemoGateTest.SUITE;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static GroundTruth truth;
    static Path warehouse;
    /** The gate's JSON results of the first and of the second run, which read the first run's history. */
    static JsonNode first, second;

    @BeforeAll
    static void runTwice() throws Exception {
        truth = DemoWarehouse.generate(dir, DemoWarehouse.DEFAULT_SEED);
        warehouse = dir.resolve(DemoWarehouse.DATABASE_FILE);
        first = gate("first.json");
        second = gate("second.json");
    }

    @Test
    @Order(1)
    void should_find_exactly_the_planted_dates_on_five_seasons() {
        assertThat(anomalies(second, "rows_per_game")).containsExactlyElementsOf(planted(truth.anomalies().halfScraped()));
        assertThat(anomalies(second, "usage_rate_null_drift")).containsExactlyElementsOf(planted(truth.anomalies().usageRateDrift()));
        // Shown, never deciding: the anomaly checks warn, and the gate closes on team_defense_game_summary alone.
        assertThat(check(second, "rows_per_game").path("outcome").asText()).isEqualTo("WARNED");
        assertThat(second.path("verdict").asText()).isEqualTo("CLOSED");
        assertThat(first.path("verdict").asText()).isEqualTo("CLOSED");
    }

    @Test
    @Order(2)
    void should_agree_with_plain_java_over_the_per_date_csv_on_every_date() throws Exception {
        List<Day> days = export(dir.resolve("per-date.csv"));

        Judgement rows = judge(days, d -> d.rows() == 0 || d.games() == 0 ? null : (double) d.rows() / d.games(), d -> 0, -1);
        Judgement nulls = judge(days, d -> d.rows() == 0 ? null : 100.0 * d.nulls() / d.rows(),
                (Day d) -> d.rows(), +1);

        assertThat(anomalies(second, "rows_per_game")).isEqualTo(rows.flagged());
        assertThat(check(second, "rows_per_game").path("observed").path("dates_judged").asInt()).isEqualTo(rows.judged());
        assertThat(anomalies(second, "usage_rate_null_drift")).isEqualTo(nulls.flagged());
        assertThat(check(second, "usage_rate_null_drift").path("observed").path("dates_judged").asInt()).isEqualTo(nulls.judged());
    }

    @Test
    @Order(3)
    void should_print_a_real_series_after_two_runs() throws Exception {
        Cli.Run text = Cli.run(dir, "history", "--suite", SUITE, "--warehouse", warehouse.toString(),
                "--table", "nba_analytics.player_game_summary", "--metric", "rows_per_calendar_count");
        Cli.Run json = Cli.run(dir, "history", "--suite", SUITE, "--warehouse", warehouse.toString(),
                "--table", "player_game_summary", "--metric", "rows_per_game", "--format", "json");

        assertThat(text.exitCode()).as(text.all()).isZero();
        String halfScraped = truth.anomalies().halfScraped().get(0).date().toString();
        assertThat(text.out()).contains("rows_per_calendar_count (check rows_per_game), 848 dates")
                .containsPattern(halfScraped + " +" + HistoryCommand.number(truth.anomalies().halfScraped().get(0).value()) + " +\\d{8}T\\d{6}Z-");
        JsonNode series = JSON.readTree(json.out()).path("series");
        assertThat(series).hasSize(1);
        JsonNode points = series.get(0).path("points");
        assertThat(points).hasSize(848);
        // Both runs appended every date; each date shows the later run's value.
        List<String> runs = new ArrayList<>();
        points.forEach(p -> runs.add(p.path("run").asText()));
        assertThat(runs.stream().distinct()).hasSize(1);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("preflight-history.duckdb"), readOnly());
             var r = c.createStatement().executeQuery("SELECT count(DISTINCT run_id), count(*) FROM preflight_metric_history"
                     + " WHERE check_id = 'rows_per_game'")) {
            r.next();
            assertThat(r.getInt(1)).isEqualTo(2);
            assertThat(r.getInt(2)).isEqualTo(2 * 848);
        }
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "a misspelt table|nba_analytics.player_game_sumary|-|no table 'nba_analytics.player_game_sumary' in " + SUITE
                    + "; did you mean 'nba_analytics.player_game_summary'?; tables: nba_analytics.player_game_summary, ",
            "a misspelt check|nba_analytics.player_game_summary|rows_per_gam|; did you mean 'rows_per_game'?; series: row_count, "
                    + "rows_per_calendar_count (check rows_per_game), null_share(usage_rate) (check usage_rate_null_drift)"})
    @Order(3)
    void should_name_the_nearest_table_or_series_when_history_is_asked_for_a_misspelt_one(String name, String table, String metric,
                                                                                        String message) {
        List<String> args = new ArrayList<>(List.of("history", "--suite", SUITE, "--warehouse", warehouse.toString(), "--table", table));
        if (!metric.equals("-")) {
            args.addAll(List.of("--metric", metric));
        }
        Cli.Run run = Cli.inProcess(args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
        assertThat(run.err()).contains(message).doesNotContain("\tat ");
    }

    @Test
    @Order(4)
    void should_keep_the_verdict_and_warn_on_stderr_when_history_cannot_be_written() throws Exception {
        // GIVEN the demo suite with its history in a file that is not a DuckDB database
        String suite = new String(DemoAnomalyTest.class.getResourceAsStream("/preflight/nba/phase3_for_phase4.yaml").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8).replace("history: {}", "history: {path: broken.duckdb}");
        Path file = dir.resolve("phase3_broken_history.yaml");
        Files.writeString(file, suite);
        Files.writeString(dir.resolve("broken.duckdb"), "not a database");

        // WHEN the gate runs
        Path output = dir.resolve("broken.json");
        Cli.Run run = Cli.run(dir, "gate", "--suite", file.toString(), "--warehouse", warehouse.toString(), "--format", "json",
                "--output", output.toString());

        // THEN the same verdict and outcomes, and one warning
        JsonNode result = JSON.readTree(output.toFile());
        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(result.path("verdict").asText()).isEqualTo(second.path("verdict").asText());
        assertThat(outcomes(result)).isEqualTo(outcomes(second));
        assertThat(run.err()).contains("preflight: warning: metric history (preflight_metric_history) not read;"
                + " the verdict does not depend on it: ");
        assertThat(check(result, "rows_per_game").path("history_warning").asText()).startsWith("metric history");
    }

    /** One date of the expected calendar with what the scan would count. */
    record Day(LocalDate date, int season, long games, long rows, long nulls) {
    }

    record Judgement(List<String> flagged, int judged) {
    }

    /**
     * The check's rule written again: per season (restart at each opener), skip the 14 bootstrap days, judge a date
     * with data against the previous 28 dates with data (at least 7): median ± 4 × max(1.4826 × MAD, 5% of the
     * median, 0.01, and for a share the binomial error on the date's rows).
     */
    static Judgement judge(List<Day> days, java.util.function.Function<Day, Double> value,
                           java.util.function.ToLongFunction<Day> shareOf, int side) {
        Map<Integer, LocalDate> openers = new HashMap<>();
        days.forEach(d -> openers.merge(d.season(), d.date(), (a, b) -> a.isBefore(b) ? a : b));
        List<String> flagged = new ArrayList<>();
        int judged = 0;
        List<Double> baseline = new ArrayList<>();
        int season = Integer.MIN_VALUE;
        for (Day day : days) {
            if (day.season() != season) {
                baseline.clear();
                season = day.season();
            }
            if (day.date().isBefore(openers.get(day.season()).plusDays(14))) {
                continue;
            }
            Double v = value.apply(day);
            if (v == null) {
                continue;
            }
            if (baseline.size() >= 7) {
                judged++;
                double[] window = baseline.subList(Math.max(0, baseline.size() - 28), baseline.size()).stream().mapToDouble(x -> x).toArray();
                double median = median(window);
                double mad = 1.4826 * median(Arrays.stream(window).map(x -> Math.abs(x - median)).toArray());
                long n = shareOf.applyAsLong(day);
                double p = Math.min(Math.max(median / 100, 0), 1);
                double sampling = n > 0 ? 100 * Math.sqrt(p * (1 - p) / n) : 0;
                double spread = Math.max(Math.max(mad, Math.abs(median) * 0.05), Math.max(0.01, sampling));
                if (side < 0 ? v < median - 4 * spread : v > median + 4 * spread) {
                    flagged.add(day.date().toString());
                }
            }
            baseline.add(v);
        }
        return new Judgement(flagged, judged);
    }

    /** Writes the per-date CSV with DuckDB's COPY, then reads it back as plain text. */
    static List<Day> export(Path csv) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse, readOnly())) {
            c.createStatement().execute("COPY (SELECT s.game_date, s.season_year, count(DISTINCT s.game_id) AS games,"
                    + " coalesce(max(p.n), 0) AS n, coalesce(max(p.nulls), 0) AS nulls"
                    + " FROM nba_raw.nbac_schedule s LEFT JOIN (SELECT game_date, count(*) AS n, count(*) - count(usage_rate) AS nulls"
                    + " FROM nba_analytics.player_game_summary GROUP BY game_date) p USING (game_date)"
                    + " WHERE (s.is_regular_season OR s.is_playoffs) AND s.game_date BETWEEN DATE '" + truth.windowStart() + "' AND DATE '"
                    + truth.windowEnd() + "' GROUP BY s.game_date, s.season_year ORDER BY s.game_date) TO '" + csv + "' (HEADER)");
        }
        List<Day> days = new ArrayList<>();
        for (String line : Files.readAllLines(csv).subList(1, Files.readAllLines(csv).size())) {
            String[] f = line.split(",");
            days.add(new Day(LocalDate.parse(f[0]), Integer.parseInt(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4])));
        }
        return days;
    }

    private static JsonNode gate(String name) throws Exception {
        Path output = dir.resolve(name);
        Cli.Run run = Cli.run(dir, "gate", "--suite", SUITE, "--warehouse", warehouse.toString(), "--format", "json", "--output", output.toString());
        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        return JSON.readTree(output.toFile());
    }

    private static Properties readOnly() {
        Properties properties = new Properties();
        properties.setProperty("duckdb.read_only", "true");
        return properties;
    }

    private static Map<String, String> outcomes(JsonNode result) {
        Map<String, String> outcomes = new java.util.LinkedHashMap<>();
        result.path("suites").get(0).path("datasets").forEach(d -> d.path("checks")
                .forEach(c -> outcomes.put(d.path("table").asText() + "/" + c.path("check").asText(), c.path("outcome").asText())));
        return outcomes;
    }

    private static JsonNode check(JsonNode result, String id) {
        for (JsonNode check : result.path("suites").get(0).path("datasets").get(0).path("checks")) {
            if (check.path("check").asText().equals(id)) {
                return check;
            }
        }
        throw new AssertionError("no check " + id);
    }

    private static List<String> anomalies(JsonNode result, String id) {
        List<String> dates = new ArrayList<>();
        check(result, id).path("anomalies").forEach(a -> dates.add(a.path("date").asText()));
        return dates;
    }

    private static List<String> planted(List<GroundTruth.PlantedDate> dates) {
        return dates.stream().map(d -> d.date().toString()).toList();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
