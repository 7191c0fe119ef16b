package dev.preflight.checks.example;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

/** The annotated example of docs/suite-format.md does what the docs say it does. */
class NbaExampleOutcomesTest {

    private static final String SUITE = "preflight/examples/nba_example.yaml";

    @Test
    void everyCheckPassesAndTheWarnCheckIsWarned(@TempDir Path dir) throws Exception {
        Path db = ExampleWarehouse.create(dir.resolve("nba_example.duckdb"));

        EngineExecutionResults results = EngineTestKit.engine("preflight").selectors(selectClasspathResource(SUITE))
                .configurationParameter("preflight.warehouse.path", db.toString()).execute();

        results.testEvents().assertStatistics(stats -> stats.started(6).succeeded(6));
        assertThat(outcomes(results)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "[dataset:player_game_summary]/[check:coverage]", "PASSED",
                "[dataset:player_game_summary]/[check:null_rate(minutes_played)]", "PASSED",
                "[dataset:player_game_summary]/[check:duplicates]", "PASSED",
                "[dataset:player_game_summary]/[check:row_count]", "PASSED",
                "[dataset:upcoming_player_context]/[check:coverage]", "WARNED",
                "[dataset:upcoming_player_context]/[check:player_known]", "PASSED"));
    }

    @Test
    void aStrictRunFailsTheWarnCheck(@TempDir Path dir) throws Exception {
        Path db = ExampleWarehouse.create(dir.resolve("nba_example.duckdb"));

        EngineExecutionResults results = EngineTestKit.engine("preflight").selectors(selectClasspathResource(SUITE))
                .configurationParameter("preflight.warehouse.path", db.toString())
                .configurationParameter("preflight.warnings", "fail").execute();

        results.testEvents().assertStatistics(stats -> stats.started(6).succeeded(5).failed(1));
        results.testEvents().assertThatEvents().haveExactly(1, event(test("upcoming_player_context"),
                finishedWithFailure(message(m -> m.startsWith("[warn] nba_analytics.upcoming_player_game_context covers ")))));
    }

    @Test
    void tagFiltersSelectChecks(@TempDir Path dir) throws Exception {
        Path db = ExampleWarehouse.create(dir.resolve("nba_example.duckdb"));

        EngineExecutionResults results = EngineTestKit.engine("preflight").selectors(selectClasspathResource(SUITE))
                .configurationParameter("preflight.warehouse.path", db.toString())
                .filters(org.junit.platform.launcher.TagFilter.includeTags("identity | duplicates")).execute();

        assertThat(results.testEvents().started().stream().map(e -> e.getTestDescriptor().getUniqueId().getLastSegment().getValue()))
                .containsExactlyInAnyOrder("duplicates", "player_known");
    }

    @Test
    void aPackageSelectorFindsTheSuitesInAClassPathFolder() {
        assertThat(EngineTestKit.engine("preflight").selectors(selectPackage("preflight.examples")).discover()
                .getEngineDescriptor().getDescendants())
                .filteredOn(TestDescriptor::isTest).hasSize(6);
    }

    private static Map<String, String> outcomes(EngineExecutionResults results) {
        Map<String, String> outcomes = new TreeMap<>();
        results.testEvents().reportingEntryPublished().stream().forEach(event -> {
            ReportEntry entry = event.getPayload(ReportEntry.class).orElseThrow();
            String id = event.getTestDescriptor().getUniqueId().toString();
            outcomes.put(id.substring(id.indexOf("[dataset:")), entry.getKeyValuePairs().get("preflight.outcome"));
        });
        return outcomes;
    }
}
