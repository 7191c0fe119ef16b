package dev.preflight.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.demo.phase4.Phase4Jobs;
import dev.preflight.demo.phase4.Phase4Processor;
import dev.preflight.demo.phase4.ProcessorResult;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The five processors on the incident's warehouse, nothing backfilled: each table holds exactly
 * the dates the plain-Java ground truth says, so team_defense_game_summary's 72 missing dates are
 * missing from every table built on it, and no table has a row on a bootstrap day.
 */
class Phase4JobsTest {

    @TempDir static Path dir;
    static Path warehouse;
    static GroundTruth phase3;
    static Phase4GroundTruth truth;
    static final Map<Phase4Processor, ProcessorResult> RESULTS = new EnumMap<>(Phase4Processor.class);

    @BeforeAll
    static void runTheNightWithoutBackfill() throws Exception {
        phase3 = DemoWarehouse.generate(dir, DemoWarehouse.DEFAULT_SEED);
        warehouse = dir.resolve(DemoWarehouse.DATABASE_FILE);
        truth = Phase4GroundTruth.of(DemoWarehouse.DEFAULT_SEED, NightOption.NONE);
        for (Phase4Processor processor : Phase4Processor.values()) {
            RESULTS.put(
                    processor,
                    Phase4Jobs.run(
                            warehouse, processor, phase3.windowStart(), phase3.windowEnd()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Phase4Processor.class)
    void should_write_exactly_the_dates_of_the_ground_truth(Phase4Processor processor)
            throws Exception {
        List<LocalDate> written =
                dates(
                        "SELECT DISTINCT "
                                + processor.dateColumn()
                                + " FROM "
                                + processor.table()
                                + " ORDER BY 1");

        assertThat(written).containsExactlyElementsOf(truth.table(processor.table()).dates());
        assertThat(RESULTS.get(processor).skippedDates())
                .containsExactlyElementsOf(truth.table(processor.table()).missingDates());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Phase4Processor.class)
    void should_skip_bootstrap_dates(Phase4Processor processor) throws Exception {
        List<LocalDate> onBootstrapDays =
                dates(
                        "WITH o AS (SELECT season_year, min(game_date) AS opener FROM nba_raw.nbac_schedule"
                                + " WHERE is_regular_season OR is_playoffs GROUP BY 1)"
                                + " SELECT DISTINCT t."
                                + processor.dateColumn()
                                + " FROM "
                                + processor.table()
                                + " t JOIN o ON t."
                                + processor.dateColumn()
                                + " BETWEEN o.opener AND o.opener + 13 ORDER BY 1");

        assertThat(onBootstrapDays).isEmpty();
        assertThat(RESULTS.get(processor).bootstrapDates()).isEqualTo(phase3.bootstrapDates());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Phase4Processor.class,
            names = {"TEAM_DEFENSE_ZONE_ANALYSIS", "PLAYER_COMPOSITE_FACTORS", "ML_FEATURE_STORE_V2"})
    void should_miss_the_dates_team_defense_game_summary_misses(Phase4Processor processor) {
        List<LocalDate> upstreamMissing =
                phase3.coverage("nba_analytics.team_defense_game_summary").missingDates();

        assertThat(upstreamMissing).hasSize(72);
        assertThat(RESULTS.get(processor).skippedDates()).containsExactlyElementsOf(upstreamMissing);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Phase4Processor.class,
            names = {"PLAYER_SHOT_ZONE_ANALYSIS", "PLAYER_DAILY_CACHE"})
    void should_cover_every_expected_date_when_its_input_does(Phase4Processor processor) {
        assertThat(RESULTS.get(processor).skippedDates()).isEmpty();
        assertThat(RESULTS.get(processor).dates()).isEqualTo(phase3.expectedDates());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Phase4Processor.class)
    void should_give_the_same_table_when_a_window_runs_again(Phase4Processor processor)
            throws Exception {
        String before = fingerprint(processor.table());

        ProcessorResult again =
                Phase4Jobs.run(
                        warehouse,
                        processor,
                        LocalDate.of(2024, 1, 1),
                        LocalDate.of(2024, 2, 15));

        assertThat(again.rows()).isPositive();
        assertThat(fingerprint(processor.table())).isEqualTo(before);
    }

    @Test
    void should_build_the_feature_store_on_synthetic_context_where_the_context_tables_lack_the_date()
            throws Exception {
        assertThat(
                        count(
                                "SELECT count(*) FROM nba_predictions.ml_feature_store_v2"))
                .isEqualTo(truth.featureRows());
        assertThat(
                        count(
                                "SELECT count(*) FROM nba_predictions.ml_feature_store_v2"
                                        + " WHERE context_source = 'context'"))
                .isEqualTo(truth.featureRowsWithContext());
        assertThat(truth.featureRowsWithContext()).isLessThan(truth.featureRows());
    }

    @Test
    void should_fill_all_21_features_on_every_row() throws Exception {
        assertThat(
                        count(
                                "SELECT count(*) FROM nba_predictions.ml_feature_store_v2"
                                        + " WHERE len(features) <> 21 OR feature_count <> 21"
                                        + " OR len(list_filter(features, lambda x: x IS NULL OR isnan(x))) > 0"))
                .isZero();
    }

    private static String fingerprint(String table) throws SQLException {
        return String.valueOf(
                        count("SELECT count(*) FROM " + table))
                + ":"
                + strings("SELECT CAST(sum(hash(t)::HUGEINT) AS VARCHAR) FROM " + table + " t")
                        .get(0);
    }

    private static long count(String sql) throws SQLException {
        return Long.parseLong(strings(sql).get(0));
    }

    private static List<LocalDate> dates(String sql) throws SQLException {
        return strings(sql).stream().map(LocalDate::parse).toList();
    }

    private static List<String> strings(String sql) throws SQLException {
        return DemoDb.strings(dir, sql);
    }
}
