package dev.preflight.checks.nba;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.opentest4j.AssertionFailedError;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

/**
 * The production suite against the situation of the Phase 3 backfill plan, in small: team_defense_game_summary has
 * a gap and blocks Phase 4; the two context tables lag (and are empty during bootstrap) but only warn, because Phase 4
 * falls back to synthetic context; player_game_summary misses one date and still passes; team_offense is complete.
 */
class Phase3ForPhase4GapsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCOPE = " (window 2023-10-24..2024-11-30, 28 bootstrap dates excluded)";

    private static EngineExecutionResults results;

    @BeforeAll
    static void run(@TempDir Path dir) {
        Map<String, List<LocalDate>> gaps = new HashMap<>(NbaWarehouse.CONTEXT_GAPS);
        gaps.put("team_defense_game_summary", NbaWarehouse.TEAM_DEFENSE_GAPS);
        gaps.put("player_game_summary", NbaWarehouse.PLAYER_GAME_GAPS);
        Path warehouse = NbaWarehouse.write(dir.resolve("nba.duckdb"), gaps);

        results = EngineTestKit.engine("preflight")
                .configurationParameter("preflight.warehouse.path", warehouse.toString())
                .configurationParameter("preflight.param.start_date", NbaWarehouse.START)
                .configurationParameter("preflight.param.end_date", NbaWarehouse.END)
                .selectors(selectClasspathResource("preflight/nba/phase3_for_phase4.yaml"))
                .execute();
    }

    /** {@return the published result of the coverage check of one table} */
    private static JsonNode result(String table) throws IOException {
        String json = results.testEvents().reportingEntryPublished()
                .filter(e -> e.getTestDescriptor().getUniqueId().getSegments().get(2).getValue().equals(table)
                        && e.getTestDescriptor().getUniqueId().getLastSegment().getValue().equals("coverage"))
                .map(e -> e.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs().get("preflight.result"))
                .findFirst().orElseThrow();
        return JSON.readTree(json);
    }

    private static List<LocalDate> missingDates(JsonNode result) {
        List<LocalDate> dates = new ArrayList<>();
        result.get("missing_dates").forEach(d -> dates.add(LocalDate.parse(d.asText())));
        return dates;
    }

    @Test
    void should_fail_only_team_defense_and_warn_for_the_context_tables() {
        // five coverage checks, plus usage_rate completeness, duplicates, feature completeness and two anomaly checks
        // on player_game_summary (all met)
        results.testEvents().assertStatistics(stats -> stats.started(10).succeeded(9).failed(1).aborted(0));
        results.testEvents().assertThatEvents().haveExactly(1, event(finishedWithFailure(instanceOf(AssertionFailedError.class),
                message("nba_analytics.team_defense_game_summary covers 48 of 52 expected dates (92.3%), below the 95.0% minimum;"
                        + " missing 4 dates: 2023-11-15..2023-11-17 (3), 2024-11-20" + SCOPE))));
    }

    @Test
    void should_find_exactly_the_planted_gaps() throws IOException {
        assertThat(missingDates(result("team_defense_game_summary"))).isEqualTo(NbaWarehouse.TEAM_DEFENSE_GAPS);
        assertThat(missingDates(result("player_game_summary"))).isEqualTo(NbaWarehouse.PLAYER_GAME_GAPS);
        assertThat(missingDates(result("team_offense_game_summary"))).isEmpty();
        // The context tables also have no rows during bootstrap, which is not expected of them.
        assertThat(missingDates(result("upcoming_player_game_context"))).isEqualTo(NbaWarehouse.UPCOMING_PLAYER_GAPS);
        assertThat(missingDates(result("upcoming_team_game_context"))).isEqualTo(NbaWarehouse.UPCOMING_TEAM_GAPS);
    }

    @Test
    void should_give_each_table_its_outcome_and_coverage() throws IOException {
        assertThat(outcomeAndMessage("player_game_summary")).containsExactly("PASSED", "nba_analytics.player_game_summary covers 51 of 52"
                + " expected dates (98.1%), at least the 95.0% minimum; missing 1 date: 2024-11-05" + SCOPE);
        assertThat(outcomeAndMessage("team_offense_game_summary")).containsExactly("PASSED", "nba_analytics.team_offense_game_summary"
                + " covers 52 of 52 expected dates (100.0%), at least the 95.0% minimum" + SCOPE);
        assertThat(outcomeAndMessage("team_defense_game_summary")).first().isEqualTo("FAILED");
        assertThat(outcomeAndMessage("upcoming_player_game_context")).containsExactly("WARNED", "nba_analytics.upcoming_player_game_context"
                + " covers 42 of 52 expected dates (80.8%), below the 95.0% minimum; missing 10 dates: 2023-11-20..2023-11-29 (10)" + SCOPE
                + "; accepted with fallback 'synthetic context' (coverage >= 50.0% holds)");
        assertThat(outcomeAndMessage("upcoming_team_game_context")).containsExactly("WARNED", "nba_analytics.upcoming_team_game_context"
                + " covers 46 of 52 expected dates (88.5%), below the 95.0% minimum; missing 6 dates: 2024-11-25..2024-11-30 (6)" + SCOPE
                + "; accepted with fallback 'synthetic context' (coverage >= 50.0%, 2 rows per calendar unit holds)");
    }

    @Test
    void should_name_what_depends_on_the_failing_table() throws IOException {
        assertThat(result("team_defense_game_summary").get("required_by").toString())
                .isEqualTo("[\"team_defense_zone_analysis\",\"player_composite_factors\"]");
    }

    private static List<String> outcomeAndMessage(String table) throws IOException {
        JsonNode result = result(table);
        return List.of(result.get("outcome").asText(), result.get("message").asText());
    }
}
