package dev.preflight.checks.nba;

import dev.preflight.check.CheckTypes;
import dev.preflight.checks.engine.EngineWarehouse;
import dev.preflight.checks.example.ExampleWarehouse;
import dev.preflight.checks.testing.ContextServices;
import dev.preflight.checks.testing.RecordingDuckDbProvider;
import dev.preflight.checks.testing.SuiteHarness;
import dev.preflight.duckdb.DuckDbDialect;
import dev.preflight.model.ParameterSource;
import dev.preflight.plan.SuitePlan;
import dev.preflight.source.SourceLocation;
import dev.preflight.sql.Statement;
import dev.preflight.suite.Suite;
import dev.preflight.suite.SuiteParser;
import dev.preflight.warehouse.StatementLog;
import dev.preflight.warehouse.WarehouseProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dev.preflight.checks.nba.NbaFixture.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

/**
 * What a dry run, a cost estimate or the offline ZetaSQL analysis shows ({@code SuitePlan.of(suite, dialect)
 * .statements()}) is exactly what the engine sends in a real run of the same suite: the same statements, in the same
 * order, with the same text and the same bound parameters. Each suite runs through the engine (EngineTestKit) on a
 * real DuckDB file with every table it reads, and a {@link StatementLog} observes the warehouse the engine opened.
 *
 * <p>Two kinds of statement are sent but are not part of the plan, and are left out of the comparison on purpose:
 * {@link Statement.Kind#METADATA} (a table's columns, read for schema checks or to explain a failed scan) and
 * {@link Statement.Kind#SAMPLE} (sent only for a check that did not pass, so it depends on the data, not on the
 * suite). Everything else must match.
 */
class PlanMatchesRunTest {

    /** Sent, but not statements of the plan: see the class comment. */
    static final Set<Statement.Kind> NOT_PLANNED = EnumSet.of(Statement.Kind.METADATA, Statement.Kind.SAMPLE);

    @TempDir
    static Path dir;

    /**
     * A suite to run, where to find it, the database it runs against, the parameters a pipeline would pass, and the
     * metadata lookups and samples ({@code "KIND label"}) its run sends besides the plan.
     */
    record Case(String name, String text, DiscoverySelector selector, Path database, Map<String, String> parameters, List<String> unplanned) {
    }

    @TestFactory
    Stream<DynamicTest> the_plan_is_what_the_engine_sends(TestReporter reporter) throws Exception {
        Path nba = nbaWarehouse(dir.resolve("nba"));
        Path engine = EngineWarehouse.create(Files.createDirectories(dir.resolve("engine")));
        Path example = ExampleWarehouse.create(dir.resolve("example/nba_example.duckdb"));
        Map<String, String> month = Map.of("start_date", NbaFixture.START, "end_date", NbaFixture.END);
        Path everyKind = dir.resolve("every_kind.yaml");
        Files.writeString(everyKind, EVERY_KIND);
        List<Case> cases = List.of(
                resource("preflight/nba/phase3_for_phase4.yaml", nba, month),
                resource("preflight/nba/phase4_postflight.yaml", nba, month),
                resource("preflight/nba/ml_training_readiness.yaml", nba, month),
                resource("preflight/testsuites/selectors/player_games.yaml", engine, Map.of()),
                resource("preflight/testsuites/selectors/team_games.yaml", engine, Map.of()),
                // Two scans fail (a misspelt table, a misspelt column): the engine reads each table's columns to say why.
                resource("preflight/testsuites/outcomes/outcomes.yaml", engine, Map.of(),
                        "METADATA nba_analytics.player_game_sumary", "METADATA nba_analytics.player_game_summary"),
                resource("preflight/testsuites/mixed/team_games_next_door.yaml", engine, Map.of()),
                resource("preflight/examples/nba_example.yaml", example, Map.of()),
                new Case("every_kind.yaml", EVERY_KIND, selectFile(everyKind.toFile()), engine, Map.of(),
                        List.of("METADATA nba_analytics.player_game_summary", "SAMPLE player_game_summary")));
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            List<Statement> planned = SuitePlan.of(parse(c), DuckDbDialect.INSTANCE).statements();

            List<Statement> all = run(c).stream().map(StatementLog.Entry::statement).toList();
            List<Statement> sent = all.stream().filter(s -> !NOT_PLANNED.contains(s.kind())).toList();

            assertThat(sent).as("statements the engine sent for %s (left: sent, right: planned)", c.name()).isEqualTo(planned);
            assertThat(planned).as("a plan holds no metadata lookups and no samples").noneMatch(s -> NOT_PLANNED.contains(s.kind()));
            // What was left out is only what the class comment names, and only where this run should send it.
            assertThat(all).filteredOn(s -> NOT_PLANNED.contains(s.kind())).extracting(s -> s.kind() + " " + s.label())
                    .as("metadata lookups and samples sent for %s", c.name()).containsExactlyElementsOf(c.unplanned());
            reporter.publishEntry(c.name(), planned.size() + " statements: " + planned.stream()
                    .collect(Collectors.groupingBy(Statement::kind, LinkedHashMap::new, Collectors.counting())));
        }));
    }

    /**
     * Every kind of planned statement, and the case that used to differ: a {@code fallback} whose alternative reads
     * another column, so the scan must count that column's NULLs too. The null_rate check fails, is accepted by its
     * fallback (WARNED) and is sampled; the schema check reads metadata; neither is a statement of the plan.
     */
    static final String EVERY_KIND = """
            preflight: 1
            name: every_kind
            parameters: {start_date: 2024-10-22, end_date: 2024-10-31, min_points: 0}
            calendar:
              table: nba_raw.nbac_schedule
              date_column: game_date
            datasets:
              - table: nba_analytics.player_game_summary
                date_column: game_date
                keys: [game_id, player_lookup]
                checks:
                  - coverage: {min: 95}
                  - null_rate:
                      column: minutes_played
                      max: 5
                      fallback: {note: usage known, column: usage_rate, max: 50}
                      samples: {limit: 2, columns: [game_date, player_lookup]}
                  - duplicates: {}
                  - schema: {columns: {game_date: DATE}}
              - table: nba_analytics.team_offense_game_summary
                date_column: game_date
                checks:
                  - row_count: {min: 1}
                  - dependency: {upstream: player_game_summary}
                  - sql:
                      id: no_negative_points
                      failing_rows: SELECT * FROM ${table} WHERE game_date BETWEEN ${start_date} AND ${end_date} AND points < ${min_points}
            """;

    static Case resource(String name, Path database, Map<String, String> parameters, String... unplanned) {
        try (InputStream in = PlanMatchesRunTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new Case(name, new String(in.readAllBytes(), StandardCharsets.UTF_8), selectClasspathResource(name), database, parameters,
                    List.of(unplanned));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the suite as the engine does with the same configuration: parameters and the warehouse overridden. */
    static Suite parse(Case c) {
        SuiteParser parser = new SuiteParser(CheckTypes.load(PlanMatchesRunTest.class.getClassLoader()), ParameterSource.of(c.parameters()),
                Map.of("path", c.database().toString()), Clock.systemDefaultZone());
        SuiteParser.Parsed parsed = parser.parse(c.text(), new SourceLocation(URI.create("file:///" + c.name()), c.name(), 1, 1));
        assertThat(parsed).as(c.name()).isInstanceOf(SuiteParser.Parsed.Valid.class);
        return ((SuiteParser.Parsed.Valid) parsed).suite();
    }

    /** Runs the suite through the engine on a recorded DuckDB warehouse and {@return every statement it sent} */
    static List<StatementLog.Entry> run(Case c) {
        String path = c.database().toString();
        RecordingDuckDbProvider.take(path);
        EngineExecutionResults results = ContextServices.with(Map.of(WarehouseProvider.class, RecordingDuckDbProvider.class), () -> {
            EngineTestKit.Builder engine = EngineTestKit.engine("preflight").selectors(c.selector())
                    .configurationParameter("preflight.warehouse.type", RecordingDuckDbProvider.TYPE)
                    .configurationParameter("preflight.warehouse.path", path);
            c.parameters().forEach((name, value) -> engine.configurationParameter("preflight.param." + name, value));
            return engine.execute();
        });
        // A full run: every check of the suite ran (passed, failed or errored) and no container failed.
        assertThat(results.containerEvents().failed().count()).as("failed containers of " + c.name()).isZero();
        assertThat(results.testEvents().finished().count()).as("checks run of " + c.name())
                .isEqualTo(parse(c).datasets().stream().mapToLong(d -> d.checks().size()).sum());
        return RecordingDuckDbProvider.take(path);
    }

    /**
     * The tables the three NBA suites read, with the columns each suite names (ZetaSqlAnalyzerTest's production
     * schemas, trimmed), over {@link NbaFixture}'s month, and some faults so that checks fail as well as pass.
     */
    static Path nbaWarehouse(Path folder) throws IOException {
        List<String> sql = new ArrayList<>(NbaFixture.schedule());
        sql.add("CREATE TABLE nba_analytics.player_game_summary AS SELECT 'g' || d || '_' || g AS game_id, 'p' || g || '_' || p AS player_lookup,"
                + " 'ATL' AS team_abbr, " + day("d") + " AS game_date, 30.0 AS minutes_played,"
                + " CASE WHEN (d * 20 + g * 10 + p) % 10 = 0 THEN NULL ELSE 21.5 END AS usage_rate, 12 AS points, 5 AS rebounds, 3 AS assists,"
                + " 10 AS fg_attempts, 4 AS three_pt_attempts, 3 AS paint_attempts FROM range(30) a(d), range(2) b(g), range(5) c(p) WHERE d <> 25");
        sql.add(NbaFixture.teamRows("nba_analytics.team_offense_game_summary", "team_abbr", "TRUE"));
        sql.add(NbaFixture.teamRows("nba_analytics.team_defense_game_summary", "defending_team_abbr", "d NOT IN (20, 21)"));
        sql.add("CREATE TABLE nba_analytics.upcoming_player_game_context AS SELECT " + day("d") + " AS game_date, 'p' || p AS player_lookup,"
                + " 'ATL' AS team_abbr FROM range(14, 23) a(d), range(10) c(p)");
        sql.add(NbaFixture.teamRows("nba_analytics.upcoming_team_game_context", "team_abbr", "d BETWEEN 14 AND 19"));
        sql.add(phase4("nba_precompute.team_defense_zone_analysis", "analysis_date", "team_abbr", "d >= 14"));
        sql.add(phase4("nba_precompute.player_shot_zone_analysis", "analysis_date", "player_lookup", "d >= 12"));
        sql.add(phase4("nba_precompute.player_composite_factors", "game_date", "player_lookup", "d >= 14"));
        sql.add(phase4("nba_precompute.player_daily_cache", "cache_date", "player_lookup", "d >= 14 AND d <> 25"));
        sql.add("CREATE TABLE nba_predictions.ml_feature_store_v2 AS SELECT " + day("d") + " AS game_date, 'p' || p AS player_lookup,"
                + " 21 AS feature_count, [" + "'f', ".repeat(20) + "'f'] AS feature_names, [" + "0.5, ".repeat(20) + "0.5]::DOUBLE[] AS features,"
                + " CASE WHEN p = 0 THEN 'synthetic' ELSE 'context' END AS context_source FROM range(14, 30) a(d), range(4) c(p) WHERE d <> 25");
        return SuiteHarness.database(Files.createDirectories(folder), sql.toArray(String[]::new));
    }

    /** A Phase 4 table: four players (or teams) a day on the days {@code where} keeps. */
    static String phase4(String table, String dateColumn, String keyColumn, String where) {
        return "CREATE TABLE " + table + " AS SELECT " + day("d") + " AS " + dateColumn + ", 'p' || p AS " + keyColumn
                + " FROM range(30) a(d), range(4) c(p) WHERE " + where;
    }
}
