package dev.preflight.checks.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

/**
 * YAML tags (suite, dataset, check) and each check's type become JUnit tags, so tag expressions from Surefire's
 * groups, the console's -t or @IncludeTags prune the tree: filtered checks do not run, and are not even skipped.
 */
class TagFilterTest {

    @TempDir
    Path dir;

    private EngineExecutionResults run(org.junit.platform.engine.Filter<?> filter) {
        return EngineWarehouse.preflight(EngineWarehouse.create(dir)).selectors(selectPackage("preflight.testsuites.selectors"))
                .filters(filter).execute();
    }

    private static List<String> ran(EngineExecutionResults results) {
        return results.testEvents().started().map(e -> e.getTestDescriptor().getUniqueId().getLastSegment().getValue()).toList();
    }

    @Test
    void should_run_only_the_checks_with_a_check_tag() {
        EngineExecutionResults results = run(TagFilter.includeTags("ml_features"));

        assertThat(ran(results)).containsExactly("null_rate(usage_rate)");
        results.testEvents().assertStatistics(stats -> stats.skipped(0).succeeded(1));
    }

    @Test
    void should_scan_only_for_the_checks_that_remain() {
        EngineExecutionResults results = run(TagFilter.includeTags("ml_features"));

        String sql = results.containerEvents().reportingEntryPublished()
                .map(e -> e.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs().get("preflight.sql"))
                .filter(java.util.Objects::nonNull).findFirst().orElseThrow();
        assertThat(sql).contains("\"usage_rate\" IS NULL").doesNotContain("\"player_lookup\"");
    }

    @Test
    void should_run_every_check_of_a_tagged_dataset() {
        assertThat(ran(run(TagFilter.includeTags("phase3")))).containsExactly("coverage", "null_rate(usage_rate)", "duplicates");
    }

    @Test
    void should_run_every_check_of_a_tagged_suite() {
        assertThat(ran(run(TagFilter.includeTags("nightly")))).containsExactly("coverage", "null_rate(usage_rate)", "duplicates", "row_count");
    }

    @Test
    void should_tag_each_check_with_its_type() {
        assertThat(ran(run(TagFilter.includeTags("null_rate")))).containsExactlyInAnyOrder("null_rate(usage_rate)", "null_rate(points)");
    }

    @Test
    void should_leave_out_excluded_checks() {
        assertThat(ran(run(TagFilter.excludeTags("null_rate | coverage")))).containsExactly("duplicates", "row_count");
    }
}
