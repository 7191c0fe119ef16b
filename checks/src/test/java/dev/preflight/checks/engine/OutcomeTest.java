package dev.preflight.checks.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.preflight.source.SuiteDefinitionException;
import dev.preflight.warehouse.WarehouseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.uniqueId;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

/** Each outcome maps to its JUnit status: breach = failed, not applicable = aborted, broken = error; warn passes. */
class OutcomeTest {

    private static final String OUTCOMES = "preflight/testsuites/outcomes/outcomes.yaml";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private EngineExecutionResults run(String suite, Path warehouse, Map<String, String> configuration) {
        return EngineWarehouse.preflight(warehouse).configurationParameters(configuration).selectors(selectClasspathResource(suite)).execute();
    }

    private static org.assertj.core.api.Condition<Event> check(String id) {
        return uniqueId(new org.assertj.core.api.Condition<>(
                u -> u.getLastSegment().getType().equals("check") && u.getLastSegment().getValue().equals(id), "check " + id));
    }

    /** {@return the report entries that a descriptor with this last id segment value published} */
    private static List<Map<String, String>> entries(EngineExecutionResults results, String lastSegmentValue) {
        return results.allEvents().reportingEntryPublished()
                .filter(e -> e.getTestDescriptor().getUniqueId().getLastSegment().getValue().equals(lastSegmentValue))
                .map(e -> e.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs()).toList();
    }

    @Test
    void should_map_every_outcome_to_its_junit_status() {
        EngineExecutionResults results = run(OUTCOMES, EngineWarehouse.create(dir), Map.of());

        results.testEvents().assertStatistics(stats -> stats.started(6).succeeded(2).failed(3).aborted(1));
        results.testEvents().assertThatEvents()
                .haveExactly(1, event(check("coverage"), finishedSuccessfully()))
                .haveExactly(1, event(check("minutes_warn"), finishedSuccessfully()))
                .haveExactly(1, event(check("null_rate(minutes_played)"), finishedWithFailure(instanceOf(AssertionFailedError.class),
                        message("minutes_played of nba_analytics.player_game_summary is NULL in 2 of 10 rows (20.0%),"
                                + " above the 5.0% maximum (window 2024-10-22..2024-10-31)"))))
                .haveExactly(1, event(check("null_rate(usage_rate)"), abortedWithReason(instanceOf(TestAbortedException.class),
                        message("usage_rate of nba_analytics.upcoming_player_game_context cannot be judged: the table has no rows"
                                + " in the window (window 2024-10-22..2024-10-31)"))))
                .haveExactly(1, event(check("row_count"), finishedWithFailure(instanceOf(SuiteDefinitionException.class),
                        message(m -> m.startsWith(OUTCOMES + ":22:5: table nba_analytics.player_game_sumary does not exist in duckdb ")
                                && m.endsWith("nba.duckdb; did you mean 'nba_analytics.player_game_summary'?; check 'table' of dataset 'player_game_sumary'")))))
                .haveExactly(1, event(check("null_rate(usage_rat)"), finishedWithFailure(instanceOf(SuiteDefinitionException.class),
                        message(OUTCOMES + ":30:9: column 'usage_rat' does not exist in nba_analytics.player_game_summary;"
                                + " did you mean 'usage_rate'?; its columns: game_date, game_id, player_lookup, minutes_played, usage_rate"))));
    }

    @Test
    void should_fail_a_breach_with_expected_and_actual_for_ides() {
        EngineExecutionResults results = run(OUTCOMES, EngineWarehouse.create(dir), Map.of());

        Throwable failure = results.testEvents().failed().filter(check("null_rate(minutes_played)")::matches).findFirst().orElseThrow()
                .getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow();
        assertThat(failure).isInstanceOfSatisfying(AssertionFailedError.class, error -> {
            assertThat(error.getExpected().getValue()).isEqualTo("<= 5.0%");
            assertThat(error.getActual().getValue()).isEqualTo("20.0%");
        });
    }

    /** A breach's stack trace is the check's line in the suite (as Cucumber's is the step's), never the engine's frames. */
    @ParameterizedTest(name = "{0} with preflight.warnings={1}")
    @CsvSource({
            "null_rate(minutes_played), pass, player_game_summary › null_rate(minutes_played), 16",
            "minutes_warn,              fail, player_game_summary › minutes_warn,               17",
            "null_rate(usage_rate),     pass, upcoming_player_game_context › null_rate(usage_rate), 21",
    })
    void should_point_a_breachs_stack_trace_at_the_checks_line(String check, String warnings, String method, int line) {
        EngineExecutionResults results = run(OUTCOMES, EngineWarehouse.create(dir), Map.of("preflight.warnings", warnings));

        Throwable breach = results.testEvents().finished().filter(check(check)::matches).findFirst().orElseThrow()
                .getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow();

        assertThat(breach.getStackTrace()).extracting(StackTraceElement::toString)
                .containsExactly("✽." + method + "(" + OUTCOMES + ":" + line + ")");
    }

    @Test
    void should_keep_the_stack_trace_of_a_warehouse_error() throws IOException {
        Path corrupt = Files.writeString(dir.resolve("nba.duckdb"), "this is not a DuckDB database\n".repeat(200));
        EngineExecutionResults results = run("preflight/testsuites/selectors/player_games.yaml", corrupt, Map.of());

        Throwable error = results.testEvents().failed().stream().findFirst().orElseThrow()
                .getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow();

        assertThat(error).isInstanceOf(WarehouseException.class);
        assertThat(error.getStackTrace()).extracting(StackTraceElement::getClassName).doesNotContain("✽")
                .anyMatch(name -> name.startsWith("dev.preflight."));
    }

    @Test
    void should_publish_each_outcome_and_the_result_as_json() throws IOException {
        EngineExecutionResults results = run(OUTCOMES, EngineWarehouse.create(dir), Map.of());

        assertThat(entries(results, "coverage")).singleElement().satisfies(entry -> assertThat(entry).containsEntry("preflight.outcome", "PASSED"));
        assertThat(entries(results, "minutes_warn")).singleElement().satisfies(entry -> assertThat(entry)
                .containsEntry("preflight.outcome", "WARNED").containsEntry("preflight.severity", "warn")
                .containsEntry("preflight.expected", "<= 5.0%").containsEntry("preflight.actual", "20.0%"));
        assertThat(entries(results, "null_rate(usage_rate)")).singleElement().satisfies(entry -> assertThat(entry).containsEntry("preflight.outcome", "NOT_APPLICABLE"));
        assertThat(entries(results, "row_count")).singleElement().satisfies(entry -> assertThat(entry).containsEntry("preflight.outcome", "ERRORED"));

        JsonNode result = JSON.readTree(entries(results, "null_rate(minutes_played)").get(0).get("preflight.result"));
        assertThat(result.get("outcome").asText()).isEqualTo("FAILED");
        assertThat(result.get("suite").asText()).isEqualTo("outcomes");
        assertThat(result.get("dataset").asText()).isEqualTo("player_game_summary");
        assertThat(result.get("location").asText()).isEqualTo(OUTCOMES + ":16:9");
        assertThat(result.get("observed").get("null_rows").asLong()).isEqualTo(2);
        assertThat(result.get("window").get("start").asText()).isEqualTo("2024-10-22");
    }

    @Test
    void should_fail_a_warning_when_warnings_fail() {
        EngineExecutionResults results = run(OUTCOMES, EngineWarehouse.create(dir), Map.of("preflight.warnings", "fail"));

        results.testEvents().assertThatEvents().haveExactly(1, event(check("minutes_warn"), finishedWithFailure(
                instanceOf(AssertionFailedError.class), message(m -> m.startsWith("[warn] minutes_played of nba_analytics.player_game_summary")))));
    }

    @Test
    void should_error_every_check_when_the_warehouse_file_is_corrupt() throws IOException {
        Path corrupt = Files.writeString(dir.resolve("nba.duckdb"), "this is not a DuckDB database\n".repeat(200));

        EngineExecutionResults results = run("preflight/testsuites/selectors/player_games.yaml", corrupt, Map.of());

        results.testEvents().assertStatistics(stats -> stats.started(4).failed(4));
        results.testEvents().finished().assertThatEvents().allMatch(event(finishedWithFailure(instanceOf(WarehouseException.class),
                message(m -> m.startsWith("cannot open DuckDB database " + corrupt) && m.endsWith("is not a valid DuckDB database file!"))))::matches);
    }

    @Test
    void should_error_every_check_when_the_warehouse_file_is_missing() {
        Path missing = dir.resolve("missing.duckdb");

        EngineExecutionResults results = run("preflight/testsuites/selectors/player_games.yaml", missing, Map.of());

        results.testEvents().assertStatistics(stats -> stats.started(4).failed(4));
        results.testEvents().finished().assertThatEvents().allMatch(event(finishedWithFailure(instanceOf(WarehouseException.class),
                message("DuckDB database " + missing + " does not exist")))::matches);
    }

    @Test
    void should_send_one_calendar_statement_per_suite_and_one_scan_per_dataset() {
        EngineExecutionResults results = run("preflight/testsuites/selectors/player_games.yaml", EngineWarehouse.create(dir), Map.of());

        results.testEvents().assertStatistics(stats -> stats.started(4).succeeded(4));
        assertThat(entries(results, "player_game_summary")).singleElement()
                .satisfies(entry -> assertThat(entry).containsEntry("preflight.statements", "1")
                        .containsEntry("preflight.window", "2024-10-22..2024-10-31")
                        .hasEntrySatisfying("preflight.sql", sql -> assertThat(sql).contains("BETWEEN DATE '2024-10-22' AND DATE '2024-10-31'")));
        assertThat(entries(results, "team_offense_game_summary")).singleElement()
                .satisfies(entry -> assertThat(entry).containsEntry("preflight.statements", "1"));
        assertThat(entries(results, "classpath:preflight/testsuites/selectors/player_games.yaml")).singleElement()
                .satisfies(entry -> assertThat(entry).containsEntry("preflight.statements", "3").containsEntry("preflight.calendar_statements", "1"));
    }

    /** Only reports read a dataset's numbers per date; {@code preflight.report.per-date=false} (the gate without Allure) leaves them out. */
    @ParameterizedTest(name = "preflight.report.per-date={0}")
    @CsvSource({"'', true", "true, true", "false, false"})
    void should_publish_numbers_per_date_unless_told_not_to(String setting, boolean published) {
        Map<String, String> configuration = setting.isEmpty() ? Map.of() : Map.of("preflight.report.per-date", setting);

        EngineExecutionResults results = run("preflight/testsuites/selectors/player_games.yaml", EngineWarehouse.create(dir), configuration);

        results.testEvents().assertStatistics(stats -> stats.started(4).succeeded(4));
        assertThat(entries(results, "player_game_summary")).singleElement().satisfies(entry -> {
            assertThat(entry.containsKey("preflight.per_date")).isEqualTo(published);
            assertThat(entry).containsEntry("preflight.statements", "1");
        });
    }

    @Test
    void should_name_datasets_and_checks_for_people() {
        EngineExecutionResults results = run("preflight/testsuites/selectors/player_games.yaml", EngineWarehouse.create(dir), Map.of());

        assertThat(results.allEvents().started().map(e -> e.getTestDescriptor().getDisplayName()).toList()).containsExactly(
                "Preflight", "player_games", "nba_analytics.player_game_summary",
                "player_game_summary › coverage: coverage >= 95.0%",
                "player_game_summary › null_rate(usage_rate): usage_rate null <= 5.0%",
                "player_game_summary › duplicates: duplicate rows on (game_id, player_lookup) <= 0",
                "nba_analytics.team_offense_game_summary",
                "team_offense_game_summary › row_count: rows >= 1");
    }
}
