package dev.preflight.checks.engine;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;

/**
 * Datasets scanned at once (the warehouse setting {@code parallelism}) report exactly what a sequential run reports:
 * the same events in the same order, with the same results and report entries (durations aside). The suite has
 * passing, failing, not-applicable and broken checks over four datasets, a missing table and a missing column among them.
 */
public class ParallelScanTest {

    private static final String SUITE = "preflight/testsuites/outcomes/outcomes.yaml";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "parallelism {0}")
    @ValueSource(ints = {2, 3, 8})
    void should_report_the_events_of_a_sequential_run(int parallelism) {
        Path warehouse = EngineWarehouse.create(dir);

        List<String> sequential = events(run(warehouse, 1));
        List<String> parallel = events(run(warehouse, parallelism));

        assertThat(sequential).hasSizeGreaterThan(20);
        assertThat(parallel).containsExactlyElementsOf(sequential);
    }

    @ParameterizedTest(name = "parallelism ''{0}''")
    @ValueSource(strings = {"0", "65", "two"})
    void should_refuse_a_parallelism_that_is_not_a_number_of_datasets_at_every_check(String parallelism) {
        EngineExecutionResults results = EngineWarehouse.preflight(EngineWarehouse.create(dir))
                .configurationParameter("preflight.warehouse.parallelism", parallelism).selectors(selectClasspathResource(SUITE)).execute();

        assertThat(results.testEvents().failed().stream().map(e -> e.getPayload(TestExecutionResult.class).orElseThrow().getThrowable()
                .orElseThrow().getMessage()).toList())
                .hasSize((int) results.testEvents().started().count())
                .allMatch(m -> m.endsWith("the warehouse setting 'parallelism' is '" + parallelism
                        + "'; write a whole number of datasets scanned at once, from 1 (one after another) to 64"), "names the setting");
    }

    private static EngineExecutionResults run(Path warehouse, int parallelism) {
        return EngineWarehouse.preflight(warehouse).configurationParameter("preflight.warehouse.parallelism", String.valueOf(parallelism))
                .selectors(selectClasspathResource(SUITE)).execute();
    }

    /**
     * Each event as text: its type, node, result and report entry; durations differ between any two runs (also for
     * {@code ParallelScanOnBigQueryStubTest}).
     */
    public static List<String> events(EngineExecutionResults results) {
        return results.allEvents().stream().map(ParallelScanTest::describe).toList();
    }

    private static String describe(Event event) {
        String payload = event.getPayload(TestExecutionResult.class)
                .map(r -> r.getStatus() + " " + r.getThrowable().map(t -> t.getClass().getSimpleName() + ": " + t.getMessage()).orElse(""))
                .or(() -> event.getPayload(ReportEntry.class).map(entry -> {
                    Map<String, String> pairs = new TreeMap<>(entry.getKeyValuePairs());
                    pairs.remove("preflight.scan_ms");
                    return pairs.toString();
                }))
                .orElse("");
        return event.getType() + " " + event.getTestDescriptor().getUniqueId() + " " + payload;
    }
}
