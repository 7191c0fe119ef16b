package dev.preflight.plan;

import dev.preflight.model.SqlFragment;
import dev.preflight.execution.DatasetScanner;

import dev.preflight.metric.DatasetMetrics;
import dev.preflight.metric.Metric;
import dev.preflight.suite.Dataset;
import dev.preflight.model.DateWindow;
import dev.preflight.model.TableName;
import dev.preflight.duckdb.DuckDbDialect;
import dev.preflight.source.SourceLocation;
import dev.preflight.testing.DuckDbFixture;
import dev.preflight.duckdb.DuckDbWarehouse;
import dev.preflight.sql.SqlDialect;
import dev.preflight.sql.Statement;
import dev.preflight.warehouse.StatementLog;
import dev.preflight.warehouse.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScanPlannerTest {

    private static final DateWindow WINDOW = new DateWindow(LocalDate.parse("2024-10-22"), LocalDate.parse("2024-11-30"));
    private static final Metric ROWS = new Metric.RowCount();
    private static final Metric MINUTES_NULL = new Metric.NullCount("minutes_played");
    private static final Metric DUPLICATE_PLAYER_GAMES = new Metric.DuplicateRows(List.of("game_id", "player_lookup"));

    private static Dataset playerGames(String where) {
        return new Dataset("player_game_summary", new TableName(List.of("nba_analytics", "player_game_summary")), "game_date",
                List.of("game_id", "player_lookup"), where == null ? null : SqlFragment.of(where), List.of(), List.of(), List.of(),
                new SourceLocation(URI.create("file:///suites/games.yaml"), "games.yaml", 5, 5));
    }

    @Test
    void should_compute_each_distinct_metric_once() {
        // GIVEN two checks that both need the row count and the NULL count of minutes_played
        List<Metric> requested = List.of(ROWS, MINUTES_NULL, ROWS, MINUTES_NULL, DUPLICATE_PLAYER_GAMES);

        // WHEN
        Scan scan = ScanPlanner.plan(playerGames(null), WINDOW, requested, DuckDbDialect.INSTANCE);

        // THEN
        assertThat(scan.metrics()).containsExactly(ROWS, MINUTES_NULL, DUPLICATE_PLAYER_GAMES);
        assertThat(scan.statement().sql()).containsOnlyOnce("\"minutes_played\" IS NULL");
    }

    @Test
    void should_always_count_rows_first_so_dates_with_rows_are_known() {
        Scan scan = ScanPlanner.plan(playerGames(null), WINDOW, List.of(MINUTES_NULL), DuckDbDialect.INSTANCE);

        assertThat(scan.metrics()).containsExactly(ROWS, MINUTES_NULL);
    }

    @Test
    void should_render_one_statement_grouped_by_date_with_the_window_as_a_between_predicate() {
        Scan scan = ScanPlanner.plan(playerGames("minutes_played > 0"), WINDOW, List.of(MINUTES_NULL, DUPLICATE_PLAYER_GAMES),
                DuckDbDialect.INSTANCE);

        assertThat(scan.statement().kind()).isEqualTo(Statement.Kind.SCAN);
        assertThat(scan.statement().label()).isEqualTo("player_game_summary");
        String rows = " FROM \"nba_analytics\".\"player_game_summary\""
                + " WHERE \"game_date\" BETWEEN DATE '2024-10-22' AND DATE '2024-11-30' AND (minutes_played > 0)";
        String perDate = "SELECT \"game_date\" AS pf_date, COUNT(*) AS m0, COUNT(*) FILTER (WHERE \"minutes_played\" IS NULL) AS m1"
                + rows + " GROUP BY pf_date";
        String complete = " AND \"game_id\" IS NOT NULL AND \"player_lookup\" IS NOT NULL";
        String hash = "hash(\"game_id\", \"player_lookup\")";
        String repeatedHashes = "SELECT pf_h FROM (SELECT " + hash + " AS pf_h" + rows + complete + " GROUP BY pf_h HAVING COUNT(*) > 1) AS pf_hashes2";
        String firstDates = "SELECT MIN(\"game_date\") AS pf_first, COUNT(*) AS pf_n" + rows
                + complete + " AND " + hash + " IN (" + repeatedHashes + ") GROUP BY \"game_id\", \"player_lookup\"";
        assertThat(scan.statement().sql()).isEqualTo("SELECT pf_date, pf_rows.m0 AS m0, pf_rows.m1 AS m1, COALESCE(pf_dup2.m2, 0) AS m2"
                + " FROM (" + perDate + ") AS pf_rows"
                + " LEFT JOIN (SELECT pf_first AS pf_date, SUM(pf_n - 1) AS m2 FROM (" + firstDates + ") AS pf_keys2 GROUP BY pf_first)"
                + " AS pf_dup2 USING (pf_date) ORDER BY pf_date");
    }

    @ParameterizedTest(name = "at most {0} metrics per statement")
    @ValueSource(ints = {1, 2, 3})
    void should_split_a_scan_wider_than_the_dialect_allows_into_statements_with_the_same_counts(int width, @TempDir Path dir) {
        // GIVEN a dialect that takes at most `width` metrics per statement, and four metrics (a key metric among them)
        Path database = games(dir);
        Metric lookupNull = new Metric.NullCount("player_lookup");
        List<Metric> requested = List.of(MINUTES_NULL, DUPLICATE_PLAYER_GAMES, lookupNull);
        SqlDialect narrow = new TestDialect(width, KeyHash.DUCKDB);
        Scan split = ScanPlanner.plan(playerGames(null), WINDOW, requested, narrow);
        Scan whole = ScanPlanner.plan(playerGames(null), WINDOW, requested, DuckDbDialect.INSTANCE);

        // WHEN
        DatasetMetrics splitMetrics;
        DatasetMetrics wholeMetrics;
        try (Warehouse warehouse = DuckDbWarehouse.open(database.toString())) {
            splitMetrics = DatasetScanner.run(split, warehouse);
            wholeMetrics = DatasetScanner.run(whole, warehouse);
        }

        // THEN
        assertThat(split.statements()).hasSize((4 + width - 1) / width);
        assertThat(whole.statements()).hasSize(1);
        assertThat(splitMetrics.datesWithRows()).isEqualTo(wholeMetrics.datesWithRows());
        for (Metric metric : whole.metrics()) {
            assertThat(splitMetrics.perDate(metric)).as(metric.name()).isEqualTo(wholeMetrics.perDate(metric));
        }
        assertThat(splitMetrics.total(DUPLICATE_PLAYER_GAMES)).isEqualTo(2);
    }

    /** How a test dialect hashes keys: not at all (exact GROUP BY only), DuckDB's hash, or one value for every key. */
    enum KeyHash {
        NONE(null), DUCKDB("hash"), EVERY_KEY_COLLIDES("constant");

        private final String kind;

        KeyHash(String kind) {
            this.kind = kind;
        }

        java.util.Optional<String> of(List<String> columns) {
            return kind == null ? java.util.Optional.empty()
                    : java.util.Optional.of(kind.equals("hash") ? "hash(" + String.join(", ", columns) + ")" : "42");
        }
    }

    /** DuckDB's SQL with another limit on metrics per statement and another key hash. */
    private record TestDialect(int maxScanMetrics, KeyHash hash) implements SqlDialect {
        @Override
        public String name() {
            return "duckdb";
        }

        @Override
        public String quote(String identifier) {
            return DuckDbDialect.INSTANCE.quote(identifier);
        }

        @Override
        public String countIf(String predicate) {
            return DuckDbDialect.INSTANCE.countIf(predicate);
        }

        @Override
        public java.util.Optional<String> keyHash(List<String> quotedColumns) {
            return hash.of(quotedColumns);
        }
    }

    @ParameterizedTest(name = "key hash {0}")
    @org.junit.jupiter.params.provider.EnumSource(KeyHash.class)
    void should_count_duplicates_exactly_whatever_the_keys_hash_to(KeyHash keyHash, @TempDir Path dir) {
        // GIVEN the games, and a dialect whose key hash is none, DuckDB's, or one value for every key (all collide)
        Path database = games(dir);
        Metric repeated = new Metric.RepeatedKeyRows(List.of("game_id", "player_lookup"));
        Metric comparedNulls = new Metric.DuplicateRows(List.of("game_id", "player_lookup"), dev.preflight.metric.NullKeys.COMPARE);
        List<Metric> requested = List.of(DUPLICATE_PLAYER_GAMES, repeated, comparedNulls);
        SqlDialect hashing = new TestDialect(256, keyHash);

        // WHEN
        DatasetMetrics metrics;
        try (Warehouse warehouse = DuckDbWarehouse.open(database.toString())) {
            metrics = DatasetScanner.run(ScanPlanner.plan(playerGames(null), WINDOW, requested, hashing), warehouse);
        }

        // THEN (g1, p1) three times: 2 duplicates, 3 repeated rows, on its first date; (NULL, p4) twice counts only
        // where NULL equals NULL
        assertThat(metrics.perDate(DUPLICATE_PLAYER_GAMES).values()).containsExactly(2L, 0L, 0L);
        assertThat(metrics.perDate(repeated).values()).containsExactly(3L, 0L, 0L);
        assertThat(metrics.perDate(comparedNulls).values()).containsExactly(2L, 1L, 0L);
    }

    /** Player games: (g1, p1) appears on three dates, twice as a duplicate; one row is after the window. */
    private static Path games(Path dir) {
        Path database = dir.resolve("games.duckdb");
        try (DuckDbFixture db = DuckDbFixture.create(database)) {
            db.table("nba_analytics.player_game_summary", "game_date DATE", "game_id VARCHAR", "player_lookup VARCHAR", "minutes_played INTEGER")
                    .row(LocalDate.parse("2024-10-22"), "g1", "p1", 30)
                    .row(LocalDate.parse("2024-10-22"), "g1", "p2", null)
                    .row(LocalDate.parse("2024-10-23"), "g1", "p1", 25)
                    .row(LocalDate.parse("2024-10-23"), "g2", "p3", null)
                    .row(LocalDate.parse("2024-10-23"), null, "p4", 10)
                    .row(LocalDate.parse("2024-10-24"), "g1", "p1", 20)
                    .row(LocalDate.parse("2024-10-24"), null, "p4", 5)
                    .row(LocalDate.parse("2024-12-01"), "g1", "p1", null);
        }
        return database;
    }

    @Test
    void should_count_per_date_in_one_statement(@TempDir Path dir) {
        // GIVEN player games: (g1, p1) appears on three dates, so twice as a duplicate, counted on the date it first
        // appears; rows with a NULL key are never duplicates; a row after the window is not scanned.
        Path database = games(dir);
        StatementLog log = new StatementLog();
        Scan scan = ScanPlanner.plan(playerGames(null), WINDOW, List.of(MINUTES_NULL, DUPLICATE_PLAYER_GAMES), DuckDbDialect.INSTANCE);

        // WHEN
        DatasetMetrics metrics;
        try (Warehouse warehouse = log.observe(DuckDbWarehouse.open(database.toString()))) {
            metrics = DatasetScanner.run(scan, warehouse);
        }

        // THEN
        assertThat(log.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.statement()).isEqualTo(scan.statement());
            assertThat(entry.failed()).isFalse();
        });
        assertThat(metrics.datesWithRows()).containsExactly(
                LocalDate.parse("2024-10-22"), LocalDate.parse("2024-10-23"), LocalDate.parse("2024-10-24"));
        assertThat(metrics.perDate(ROWS).values()).containsExactly(2L, 3L, 2L);
        assertThat(metrics.perDate(MINUTES_NULL).values()).containsExactly(1L, 1L, 0L);
        assertThat(metrics.perDate(DUPLICATE_PLAYER_GAMES).values()).containsExactly(2L, 0L, 0L);
        assertThat(metrics.total(ROWS)).isEqualTo(7);
        assertThat(metrics.total(MINUTES_NULL)).isEqualTo(2);
        assertThat(metrics.total(DUPLICATE_PLAYER_GAMES)).isEqualTo(2);
    }
}
