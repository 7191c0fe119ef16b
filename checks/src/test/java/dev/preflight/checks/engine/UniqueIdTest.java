package dev.preflight.checks.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static dev.preflight.checks.engine.EngineWarehouse.ENGINE;
import static dev.preflight.checks.engine.EngineWarehouse.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

/** Ids are built from YAML keys, so every id that discovery hands out selects its node again, and only it. */
class UniqueIdTest {

    private static final String PLAYER_GAMES = "preflight/testsuites/selectors/player_games.yaml";
    private static final UniqueId PLAYER_GAMES_ID = UniqueId.forEngine(ENGINE).append("suite", "classpath:" + PLAYER_GAMES);
    private static final UniqueId DUPLICATES_CHECK = PLAYER_GAMES_ID.append("dataset", "player_game_summary").append("check", "duplicates");

    @TempDir
    Path dir;

    /** Every node discovered from classpath suites (a package) and from a file suite. */
    static Stream<UniqueId> discoveredIds() {
        TestDescriptor fromPackage = EngineTestKit.engine(ENGINE).selectors(selectPackage("preflight.testsuites.selectors")).discover().getEngineDescriptor();
        TestDescriptor fromFile = EngineTestKit.engine(ENGINE).selectors(selectFile(resource("preflight/testsuites/outcomes/outcomes.yaml").toFile()))
                .discover().getEngineDescriptor();
        return Stream.concat(EngineWarehouse.descendants(fromPackage), EngineWarehouse.descendants(fromFile)).map(TestDescriptor::getUniqueId);
    }

    @ParameterizedTest
    @MethodSource("discoveredIds")
    void should_reselect_exactly_the_node_of_every_discovered_id(UniqueId id) {
        // GIVEN the node as first discovered, with its tests
        TestDescriptor original = EngineWarehouse.descendants(fullDiscoveryOf(id)).filter(d -> d.getUniqueId().equals(id)).findFirst().orElseThrow();
        List<UniqueId> originalTests = original.isTest() ? List.of(id) : EngineWarehouse.tests(original);

        // WHEN
        EngineDiscoveryResults results = EngineTestKit.engine(ENGINE).selectors(selectUniqueId(id)).discover();

        // THEN
        assertThat(results.getDiscoveryIssues()).isEmpty();
        assertThat(EngineWarehouse.ids(results.getEngineDescriptor())).contains(id.toString());
        assertThat(EngineWarehouse.tests(results.getEngineDescriptor())).containsExactlyElementsOf(originalTests);
    }

    private static TestDescriptor fullDiscoveryOf(UniqueId id) {
        String suite = id.getSegments().get(1).getValue();
        return EngineTestKit.engine(ENGINE).selectors(selectUniqueId(UniqueId.forEngine(ENGINE).append("suite", suite))).discover().getEngineDescriptor();
    }

    @Test
    void should_run_exactly_one_test_when_rerunning_a_check_by_id() {
        EngineExecutionResults results = EngineWarehouse.preflight(EngineWarehouse.create(dir)).selectors(selectUniqueId(DUPLICATES_CHECK)).execute();

        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
        assertThat(results.testEvents().started().list()).singleElement()
                .satisfies(event -> assertThat(event.getTestDescriptor().getUniqueId()).isEqualTo(DUPLICATES_CHECK));
    }

    @Test
    void should_run_exactly_one_test_when_rerunning_a_check_by_the_id_the_suite_engine_gave_it() {
        // GIVEN the id a check gets when it runs under a @Suite class: what an IDE sends back to rerun it
        UniqueId prefixed = UniqueId.forEngine("junit-platform-suite").append("suite", SelectorsSuite.class.getName())
                .append("engine", ENGINE).append("suite", "classpath:" + PLAYER_GAMES)
                .append("dataset", "player_game_summary").append("check", "duplicates");

        // WHEN
        EngineExecutionResults results = EngineTestKit.engine("junit-platform-suite")
                .configurationParameter("preflight.warehouse.path", EngineWarehouse.create(dir).toString())
                .selectors(selectUniqueId(prefixed)).execute();

        // THEN
        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
        assertThat(results.testEvents().started().list()).singleElement()
                .satisfies(event -> assertThat(event.getTestDescriptor().getUniqueId()).isEqualTo(prefixed));
    }

    /** Discovers {@code stale} alone and expects no test and exactly one WARNING saying {@code message}. */
    private static void assertStale(UniqueId stale, String message) {
        EngineDiscoveryResults results = EngineTestKit.engine(ENGINE).selectors(selectUniqueId(stale)).discover();

        assertThat(EngineWarehouse.tests(results.getEngineDescriptor())).isEmpty();
        assertThat(results.getDiscoveryIssues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(DiscoveryIssue.Severity.WARNING);
            assertThat(issue.message()).isEqualTo(message);
        });
    }

    @Test
    void should_warn_and_select_nothing_for_a_dataset_that_is_gone() {
        assertStale(PLAYER_GAMES_ID.append("dataset", "box_scores").append("check", "coverage"),
                "suite 'player_games' has no dataset 'box_scores' (any more); nothing selected for it");
    }

    @Test
    void should_warn_and_select_nothing_for_a_check_that_is_gone() {
        assertStale(PLAYER_GAMES_ID.append("dataset", "player_game_summary").append("check", "null_rate(minutes)"),
                "dataset 'player_game_summary' has no check 'null_rate(minutes)' (any more); nothing selected for it");
    }

    @Test
    void should_warn_and_select_nothing_for_a_suite_file_that_is_gone() {
        String deleted = dir.resolve("deleted.yaml").toUri().toString();
        UniqueId gone = UniqueId.forEngine(ENGINE).append("suite", deleted).append("dataset", "games");

        assertStale(gone, "suite " + deleted + " does not exist (any more); nothing selected for " + gone);
    }

    @Test
    void should_warn_and_select_nothing_for_a_classpath_suite_that_is_gone() {
        UniqueId gone = UniqueId.forEngine(ENGINE).append("suite", "classpath:preflight/testsuites/deleted.yaml");

        assertStale(gone, "suite classpath:preflight/testsuites/deleted.yaml does not exist (any more); nothing selected for " + gone);
    }

    @Test
    void should_still_run_the_other_selections_of_a_request_with_a_stale_id() {
        UniqueId gone = UniqueId.forEngine(ENGINE).append("suite", "classpath:preflight/testsuites/deleted.yaml");

        EngineExecutionResults run = EngineWarehouse.preflight(EngineWarehouse.create(dir))
                .selectors(selectUniqueId(gone), selectUniqueId(DUPLICATES_CHECK)).execute();

        run.containerEvents().assertStatistics(stats -> stats.failed(0));
        run.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void should_warn_and_select_nothing_for_an_id_that_is_not_a_suite_uri() {
        UniqueId garbled = UniqueId.forEngine(ENGINE).append("suite", "not a uri");

        assertStale(garbled, "unique id " + garbled + " does not name a suite file or class path resource; nothing selected for it");
    }
}
