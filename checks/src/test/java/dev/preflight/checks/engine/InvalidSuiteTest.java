package dev.preflight.checks.engine;

import dev.preflight.source.SuiteDefinitionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static dev.preflight.checks.engine.EngineWarehouse.ENGINE;
import static dev.preflight.checks.engine.EngineWarehouse.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

/**
 * A suite with mistakes is one errored test plus a WARNING per mistake, each pointing at its line and column; it
 * never stops the suites next to it (cucumber-jvm#2631). And every node points IDEs at its YAML.
 */
class InvalidSuiteTest {

    private static final String BROKEN = "preflight/testsuites/mixed/invalid/broken.yaml";

    /** The mistakes in broken.yaml, in file order, as line, column and message (max_rows_per_date is a test check type). */
    private static final List<String> PROBLEMS = List.of(
            "10:5: unknown key 'date_colum' in dataset; did you mean 'date_column'?; known keys: table, id, date_column, keys,"
                    + " where, required_by, tags, description, checks",
            "12:9: unknown check type 'coverag'; did you mean 'coverage'?; known types: anomaly, completeness, coverage,"
                    + " dependency, duplicates, feature_vector, freshness, max_rows_per_date, null_rate, row_count, row_count_per_date, schema, sql, values",
            "13:46: 'max' of check 'null_rate' of dataset 'player_game_summary' is 150, outside 0–100%;"
                    + " write a percentage such as 95 or 95%");

    @TempDir
    Path dir;

    @Test
    void should_run_the_valid_suite_next_to_an_invalid_one_and_error_the_invalid_one_once() {
        EngineExecutionResults results = EngineWarehouse.preflight(EngineWarehouse.create(dir))
                .selectors(selectPackage("preflight.testsuites.mixed")).execute();

        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
        results.testEvents().assertThatEvents()
                .haveExactly(1, event(displayName("team_offense_game_summary › row_count: rows >= 1"), finishedSuccessfully()))
                .haveExactly(1, event(displayName("broken (invalid suite)"), finishedWithFailure(instanceOf(SuiteDefinitionException.class),
                        message(PROBLEMS.size() + " problems:" + System.lineSeparator() + String.join(System.lineSeparator(),
                                PROBLEMS.stream().map(p -> "  " + BROKEN + ":" + p).toList())))));
    }

    @Test
    void should_report_each_mistake_as_a_warning_at_its_classpath_line_and_column() {
        EngineDiscoveryResults results = EngineTestKit.engine(ENGINE).selectors(selectPackage("preflight.testsuites.mixed")).discover();

        assertThat(results.getDiscoveryIssues()).extracting(DiscoveryIssue::severity).containsOnly(DiscoveryIssue.Severity.WARNING);
        assertThat(results.getDiscoveryIssues()).extracting(DiscoveryIssue::message)
                .containsExactlyElementsOf(PROBLEMS.stream().map(p -> BROKEN + ":" + p).toList());
        assertThat(results.getDiscoveryIssues()).extracting(issue -> issue.source().orElseThrow()).containsExactly(
                ClasspathResourceSource.from(BROKEN, FilePosition.from(10, 5)),
                ClasspathResourceSource.from(BROKEN, FilePosition.from(12, 9)),
                ClasspathResourceSource.from(BROKEN, FilePosition.from(13, 46)));
    }

    @Test
    void should_report_each_mistake_at_its_file_line_and_column_when_found_on_disk() {
        File broken = resource(BROKEN).toFile();

        EngineDiscoveryResults results = EngineTestKit.engine(ENGINE).selectors(selectDirectory(broken.getParentFile())).discover();

        assertThat(results.getDiscoveryIssues()).extracting(issue -> issue.source().orElseThrow()).containsExactly(
                FileSource.from(broken, FilePosition.from(10, 5)),
                FileSource.from(broken, FilePosition.from(12, 9)),
                FileSource.from(broken, FilePosition.from(13, 46)));
        TestDescriptor invalid = EngineWarehouse.descendants(results.getEngineDescriptor())
                .filter(d -> d.getDisplayName().equals("broken (invalid suite)")).findFirst().orElseThrow();
        assertThat(invalid.isTest()).isTrue();
        assertThat(invalid.getSource()).contains(FileSource.from(broken, FilePosition.from(10, 5)));
    }

    @Test
    void should_give_every_node_a_source_with_a_line_and_column() {
        Path testClasses = resource("preflight/testsuites").getParent().getParent();
        List<TestDescriptor> fromClasspath = EngineWarehouse.descendants(EngineTestKit.engine(ENGINE)
                .selectors(selectClasspathRoots(Set.of(testClasses)).toArray(org.junit.platform.engine.DiscoverySelector[]::new))
                .discover().getEngineDescriptor()).toList();
        List<TestDescriptor> fromFiles = EngineWarehouse.descendants(EngineTestKit.engine(ENGINE)
                .selectors(selectDirectory(resource("preflight").toFile())).discover().getEngineDescriptor()).toList();

        assertThat(fromClasspath).hasSize(fromFiles.size()).hasSizeGreaterThan(20);
        assertThat(fromClasspath).allSatisfy(node -> assertThat(position(node.getSource()))
                .as("source of %s", node.getUniqueId()).hasValueSatisfying(p -> assertThat(p.getColumn()).isPresent()));
        assertThat(fromClasspath).allSatisfy(node -> assertThat(node.getSource()).get().isInstanceOf(ClasspathResourceSource.class));
        assertThat(fromFiles).allSatisfy(node -> assertThat(position(node.getSource()))
                .as("source of %s", node.getUniqueId()).hasValueSatisfying(p -> assertThat(p.getColumn()).isPresent()));
        assertThat(fromFiles).allSatisfy(node -> assertThat(node.getSource()).get().isInstanceOf(FileSource.class));
    }

    private static Optional<FilePosition> position(Optional<TestSource> source) {
        if (source.orElse(null) instanceof ClasspathResourceSource resource) {
            return resource.getPosition();
        }
        if (source.orElse(null) instanceof FileSource file) {
            return file.getPosition();
        }
        return Optional.empty();
    }
}
