package dev.preflight.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.preflight.demo.DemoWarehouse;
import dev.preflight.demo.GroundTruth;
import dev.preflight.demo.NightOption;
import dev.preflight.demo.Phase3Backfill;
import dev.preflight.demo.Phase4GroundTruth;
import dev.preflight.demo.phase4.Phase4Jobs;
import dev.preflight.demo.phase4.Phase4Processor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's night on the demo warehouse: {@code preflight demo --full} under option A through the real commands; option
 * B's end state (the context tables backfilled too) and the incident's warehouse with nothing backfilled (the night the
 * gate prevents), each with the five processors run on it. The post-flight and
 * readiness suites, run through the real {@code gate} command on each processed warehouse, must find what the
 * plain-Java {@link Phase4GroundTruth} says, and their verdicts must be the seed's.
 */
class DemoNightTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static Cli.Run night;
    static final Map<NightOption, Phase4GroundTruth> TRUTH = new EnumMap<>(NightOption.class);
    static GroundTruth phase3;

    @BeforeAll
    static void replayTheNights() throws Exception {
        // The whole night through the real commands once (option A): gate, preflight backfill, gate, preflight run.
        night = Cli.inProcess("demo", "--full", "--option", "A", "--dir", folder(NightOption.A).toString());
        phase3 = DemoWarehouse.generate(folder(NightOption.NONE), DemoWarehouse.DEFAULT_SEED);
        // Option B's end state, built directly (its night differs from A's only in the tables it backfills):
        // every Phase 3 table of the backfill restored over the window, then the five processors.
        DemoWarehouse.generate(folder(NightOption.B), DemoWarehouse.DEFAULT_SEED);
        Phase3Backfill backfill = Phase3Backfill.forSeed(DemoWarehouse.DEFAULT_SEED);
        for (String table : NightOption.B.backfilled()) {
            backfill.run(warehouse(NightOption.B), table, phase3.windowStart(), phase3.windowEnd());
        }
        // NONE: Phase 4 straight on the incident's Phase 3, as a --skip-preflight night would run it.
        for (NightOption option : List.of(NightOption.NONE, NightOption.B)) {
            for (Phase4Processor processor : Phase4Processor.values()) {
                Phase4Jobs.run(warehouse(option), processor, phase3.windowStart(), phase3.windowEnd());
            }
        }
        for (NightOption option : NightOption.values()) {
            TRUTH.put(option, Phase4GroundTruth.of(DemoWarehouse.DEFAULT_SEED, option));
        }
    }

    @Test
    void should_replay_the_night_step_by_step() {
        assertThat(night.exitCode()).as(night.all()).isZero();
        assertThat(night.out())
                .contains("GATE CLOSED — 1 blocking table(s): nba_analytics.team_defense_game_summary")
                .containsPattern("team_defense_game_summary +776/848 +91\\.5% +72 +✗ blocking")
                .contains("GATE OPEN, DEGRADED")
                .containsPattern("team_defense_game_summary +848/848 +100\\.0% +0 +✓ ready")
                .contains("NOT READY — usage_rate 89.6% < 95.0% (critical)")
                .contains("pipeline nba_phase4_night: 5 succeeded. Exit code 0.")
                .contains("Night complete")
                .contains("Timings");
        for (Phase4Processor processor : Phase4Processor.values()) {
            assertThat(night.out()).containsPattern("gate " + processor.jobName()
                    + "\\.postflight\\.1 \\(classpath:preflight/nba/phase4_postflight.yaml\\): (OPEN|DEGRADED)");
        }
        assertThat(folder(NightOption.A).resolve("phase4-run/run.json")).isRegularFile();
        assertThat(folder(NightOption.A).resolve("report/summary.html")).isRegularFile();
    }

    @Test
    void should_backfill_exactly_the_72_missing_dates_through_preflight_backfill() {
        assertThat(night.out()).contains("the gate's coverage checks name 5 ranges, 72 dates")
                .contains("nba_analytics.team_defense_game_summary: 5 command(s), one per missing range, 1 at once")
                .contains("nba_analytics.team_defense_game_summary: 776/848 91.5% → 848/848 100.0%");
        for (String range : List.of("2022-04-18..2022-04-24", "2022-11-07..2022-11-13", "2022-11-21..2022-11-27",
                "2024-05-27..2024-05-30", "2025-04-15..2025-06-22")) {
            assertThat(night.out()).containsPattern("\\[" + range + "\\] backfill-phase3 nba_analytics.team_defense_game_summary: wrote \\d+ rows on "
                    + range + " \\(replacing 0\\)");
        }
    }

    @ParameterizedTest(name = "option B: {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"nba_analytics.upcoming_player_game_context", "nba_analytics.upcoming_team_game_context"})
    void should_cover_the_context_tables_after_option_bs_backfill(String table) throws Exception {
        JsonNode coverage = check(gate(NightOption.B, NightPlan.PHASE3, null), table, "coverage");

        assertThat(coverage.path("observed").path("covered_dates").asInt()).isEqualTo(phase3.expectedDates());
    }

    static Stream<Arguments> tables() {
        List<Arguments> cases = new ArrayList<>();
        for (NightOption option : NightOption.values()) {
            for (Phase4Processor processor : Phase4Processor.values()) {
                cases.add(Arguments.of(option, processor));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "option {0}: {1}")
    @MethodSource("tables")
    void should_find_in_the_postflight_exactly_the_dates_of_the_ground_truth(NightOption option, Phase4Processor processor)
            throws Exception {
        JsonNode result = gate(option, NightPlan.POSTFLIGHT, processor.jobName() + " & !input");
        Phase4GroundTruth.TableDates truth = TRUTH.get(option).table(processor.table());

        JsonNode coverage = check(result, processor.table(), "coverage");
        assertThat(dates(coverage.path("missing_dates"))).containsExactlyElementsOf(truth.missingDates().stream().map(Object::toString).toList());
        assertThat(coverage.path("observed").path("covered_dates").asInt()).isEqualTo(truth.dates().size());
        assertThat(coverage.path("observed").path("bootstrap_dates_with_rows").asInt()).isZero();
        assertThat(check(result, processor.table(), "duplicates").path("outcome").asText()).isEqualTo("PASSED");
        assertThat(check(result, processor.table(), "dependency").path("outcome").asText()).isEqualTo("PASSED");
    }

    @Test
    void should_leave_team_defense_game_summarys_gap_in_every_table_built_on_it_without_the_backfill() {
        Phase4GroundTruth none = TRUTH.get(NightOption.NONE);
        List<java.time.LocalDate> gap = phase3.coverage("nba_analytics.team_defense_game_summary").missingDates();

        assertThat(none.table("nba_precompute.team_defense_zone_analysis").missingDates()).containsExactlyElementsOf(gap);
        assertThat(none.table("nba_precompute.player_composite_factors").missingDates()).containsExactlyElementsOf(gap);
        assertThat(none.table("nba_predictions.ml_feature_store_v2").missingDates()).containsExactlyElementsOf(gap);
        assertThat(none.table("nba_precompute.player_shot_zone_analysis").missingDates()).isEmpty();
        assertThat(TRUTH.get(NightOption.A).tables()).allSatisfy(t -> assertThat(t.missingDates()).as(t.table()).isEmpty());
    }

    @ParameterizedTest(name = "option {0}")
    @EnumSource(NightOption.class)
    void should_not_be_ready_for_training_for_the_seeds_reason(NightOption option) throws Exception {
        JsonNode result = gate(option, NightPlan.READINESS, null);
        Phase4GroundTruth truth = TRUTH.get(option);

        assertThat(result.path("suites").get(0).path("verdict").asText()).isEqualTo("NOT READY");
        JsonNode usage = check(result, "nba_analytics.player_game_summary", "usage_rate");
        assertThat(usage.path("outcome").asText()).isEqualTo("FAILED");
        assertThat(usage.path("message").asText()).contains("critical: usage_rate 89.6% < 95.0%");
        assertThat(check(result, "nba_predictions.ml_feature_store_v2", "training_features").path("outcome").asText()).isEqualTo("PASSED");
        assertThat(check(result, "nba_predictions.ml_feature_store_v2", "training_rows").path("observed").path("rows").asLong())
                .isEqualTo(truth.featureRows());
        JsonNode context = check(result, "nba_predictions.ml_feature_store_v2", "real_context");
        if (option == NightOption.B) {
            // Both context tables backfilled: every row has real context.
            assertThat(truth.featureRowsWithContext()).isEqualTo(truth.featureRows());
            assertThat(context.path("outcome").asText()).isEqualTo("PASSED");
        } else {
            // Option A: the readiness audit sees the synthetic context the features were built on.
            assertThat(context.path("outcome").asText()).isEqualTo("WARNED");
            assertThat(context.path("actual").asText()).isEqualTo(truth.contextPercent() + "%");
        }
    }

    /** The tables each job reads, in the suite's order: what its pre-flight gate must select. */
    private static final Map<Phase4Processor, List<String>> INPUTS = Map.of(
            Phase4Processor.TEAM_DEFENSE_ZONE_ANALYSIS,
            List.of("nba_analytics.team_offense_game_summary", "nba_analytics.team_defense_game_summary"),
            Phase4Processor.PLAYER_SHOT_ZONE_ANALYSIS, List.of("nba_analytics.player_game_summary"),
            Phase4Processor.PLAYER_COMPOSITE_FACTORS, List.of("nba_analytics.player_game_summary",
                    "nba_analytics.team_offense_game_summary", "nba_analytics.team_defense_game_summary"),
            Phase4Processor.PLAYER_DAILY_CACHE, List.of("nba_analytics.player_game_summary"),
            Phase4Processor.ML_FEATURE_STORE_V2, List.of("nba_precompute.player_composite_factors", "nba_precompute.player_daily_cache"));

    @ParameterizedTest(name = "{0}")
    @EnumSource(Phase4Processor.class)
    void should_select_one_jobs_checks_by_the_tags_of_its_datasets(Phase4Processor processor) throws Exception {
        NightPlan.Job job = NightPlan.JOBS.stream().filter(j -> j.processor() == processor).findFirst().orElseThrow();

        JsonNode pre = gate(NightOption.A, job.preflight().get(0).suite(), job.preflight().get(0).tags().get(0));
        JsonNode post = gate(NightOption.A, job.postflight().get(0).suite(), job.postflight().get(0).tags().get(0));

        assertThat(tables(pre)).containsExactlyElementsOf(INPUTS.get(processor));
        assertThat(tables(post)).containsExactly(processor.table());
    }

    private static List<String> tables(JsonNode result) {
        List<String> tables = new ArrayList<>();
        result.path("suites").forEach(s -> s.path("datasets").forEach(d -> {
            if (!d.path("checks").isEmpty()) {
                tables.add(d.path("table").asText());
            }
        }));
        return tables;
    }

    /** Runs one suite through the real gate command and returns its JSON result. */
    private static JsonNode gate(NightOption option, String suite, String tag) throws Exception {
        Path output = Files.createTempFile(dir, "gate", ".json");
        List<String> args = new ArrayList<>(List.of("gate", "--suite", suite, "--warehouse", warehouse(option).toString(),
                "--format", "json", "--output", output.toString()));
        if (tag != null) {
            args.addAll(List.of("--tag", tag));
        }
        Cli.Run run = Cli.inProcess(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.all()).isIn(0, 1);
        return JSON.readTree(output.toFile());
    }

    private static JsonNode check(JsonNode result, String table, String check) {
        for (JsonNode suite : result.path("suites")) {
            for (JsonNode dataset : suite.path("datasets")) {
                for (JsonNode c : dataset.path("checks")) {
                    if (dataset.path("table").asText().equals(table) && c.path("check").asText().equals(check)) {
                        return c;
                    }
                }
            }
        }
        throw new AssertionError("no check " + check + " on " + table + " in " + result);
    }

    private static List<String> dates(JsonNode array) {
        List<String> dates = new ArrayList<>();
        array.forEach(d -> dates.add(d.asText()));
        return dates;
    }

    private static Path folder(NightOption option) {
        return dir.resolve("night-" + option.name().toLowerCase(java.util.Locale.ROOT));
    }

    private static Path warehouse(NightOption option) {
        return folder(option).resolve(DemoWarehouse.DATABASE_FILE);
    }
}
