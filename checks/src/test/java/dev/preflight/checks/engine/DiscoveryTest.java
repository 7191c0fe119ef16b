package dev.preflight.checks.engine;

import org.junit.jupiter.api.Test;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.discovery.FilePosition;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;
import org.junit.platform.testkit.engine.EngineTestKit;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static dev.preflight.checks.engine.EngineWarehouse.ENGINE;
import static dev.preflight.checks.engine.EngineWarehouse.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUri;

/** Every selector kind finds the suites, datasets and checks it names, and nothing else. Discovery reads no data. */
class DiscoveryTest {

    private static final String PLAYER_GAMES = "preflight/testsuites/selectors/player_games.yaml";
    private static final UniqueId PLAYER_GAMES_ID = UniqueId.forEngine(ENGINE).append("suite", "classpath:" + PLAYER_GAMES);

    /** The tests of player_games.yaml, as its unique id suffixes. */
    private static final List<String> PLAYER_GAMES_CHECKS = List.of(
            "[dataset:player_game_summary]/[check:coverage]",
            "[dataset:player_game_summary]/[check:null_rate(usage_rate)]",
            "[dataset:player_game_summary]/[check:duplicates]",
            "[dataset:team_offense_game_summary]/[check:row_count]");

    private static EngineDiscoveryResults discover(DiscoverySelector... selectors) {
        return EngineTestKit.engine(ENGINE).selectors(selectors).discover();
    }

    /** {@return the tests found, as ids with the suite part replaced by the suite file's name} */
    private static List<String> tests(EngineDiscoveryResults results) {
        return EngineWarehouse.tests(results.getEngineDescriptor()).stream().map(DiscoveryTest::shortId).toList();
    }

    private static String shortId(UniqueId id) {
        List<UniqueId.Segment> segments = id.getSegments();
        String suite = segments.get(1).getValue();
        StringBuilder out = new StringBuilder(suite.substring(suite.lastIndexOf('/') + 1));
        for (UniqueId.Segment segment : segments.subList(2, segments.size())) {
            out.append("/[").append(segment.getType()).append(':').append(segment.getValue()).append(']');
        }
        return out.toString();
    }

    private static List<String> playerGames(String... checks) {
        return (checks.length == 0 ? PLAYER_GAMES_CHECKS : List.of(checks)).stream().map(c -> "player_games.yaml/" + c).toList();
    }

    private static String idOf(TestDescriptor root, String displayNameStart) {
        return EngineWarehouse.descendants(root).filter(d -> d.getDisplayName().startsWith(displayNameStart)).findFirst()
                .orElseThrow().getUniqueId().toString();
    }

    @Test
    void should_find_every_suite_under_a_classpath_root() {
        Path testClasses = resource("preflight/testsuites").getParent().getParent();

        EngineDiscoveryResults results = discover(selectClasspathRoots(Set.of(testClasses)).toArray(DiscoverySelector[]::new));

        assertThat(results.getEngineDescriptor().getChildren()).extracting(d -> d.getUniqueId().getLastSegment().getValue())
                .containsExactlyInAnyOrder(
                        "classpath:preflight/examples/nba_example.yaml",
                        "classpath:preflight/reports-fixture/allure_fixture.yaml",
                        "classpath:preflight/testsuites/mixed/invalid/broken.yaml",
                        "classpath:preflight/testsuites/mixed/team_games_next_door.yaml",
                        "classpath:preflight/testsuites/outcomes/outcomes.yaml",
                        "classpath:preflight/testsuites/selectors/player_games.yaml",
                        "classpath:preflight/testsuites/selectors/team_games.yaml");
    }

    @Test
    void should_find_the_suites_of_a_package_and_ignore_yaml_that_is_not_a_suite() {
        EngineDiscoveryResults results = discover(selectPackage("preflight.testsuites.selectors"));

        assertThat(tests(results)).containsExactlyInAnyOrderElementsOf(concat(playerGames(),
                List.of("team_games.yaml/[dataset:team_offense_game_summary]/[check:null_rate(points)]")));
        assertThat(results.getDiscoveryIssues()).isEmpty();
    }

    @Test
    void should_find_a_classpath_resource_with_classpath_sources() {
        EngineDiscoveryResults results = discover(selectClasspathResource(PLAYER_GAMES));

        assertThat(tests(results)).containsExactlyElementsOf(playerGames());
        TestDescriptor suite = results.getEngineDescriptor().getChildren().iterator().next();
        assertThat(suite.getUniqueId()).isEqualTo(PLAYER_GAMES_ID);
        assertThat(suite.getDisplayName()).isEqualTo("player_games");
        assertThat(suite.getSource()).contains(ClasspathResourceSource.from(PLAYER_GAMES, org.junit.platform.engine.support.descriptor.FilePosition.from(1, 1)));
    }

    @Test
    void should_find_the_check_on_the_line_of_a_classpath_resource() {
        // Line 19 of player_games.yaml is "      - null_rate: ..."
        EngineDiscoveryResults results = discover(selectClasspathResource(PLAYER_GAMES, FilePosition.from(19)));

        assertThat(tests(results)).containsExactlyElementsOf(playerGames("[dataset:player_game_summary]/[check:null_rate(usage_rate)]"));
    }

    @Test
    void should_find_the_dataset_on_the_line_of_a_file_with_file_sources() {
        // Line 21 of player_games.yaml is "  - table: nba_analytics.team_offense_game_summary"
        Path file = resource(PLAYER_GAMES);

        EngineDiscoveryResults results = discover(selectFile(file.toString(), FilePosition.from(21)));

        assertThat(tests(results)).containsExactlyElementsOf(playerGames("[dataset:team_offense_game_summary]/[check:row_count]"));
        TestDescriptor check = EngineWarehouse.descendants(results.getEngineDescriptor()).filter(TestDescriptor::isTest).findFirst().orElseThrow();
        assertThat(check.getSource()).contains(FileSource.from(file.toFile(), org.junit.platform.engine.support.descriptor.FilePosition.from(24, 9)));
    }

    @Test
    void should_warn_and_select_the_whole_suite_when_the_line_holds_no_check() {
        // Line 1 of player_games.yaml is the schema modeline: no dataset or check starts there.
        EngineDiscoveryResults results = discover(selectClasspathResource(PLAYER_GAMES, FilePosition.from(1)));

        assertThat(tests(results)).containsExactlyElementsOf(playerGames());
        assertThat(results.getDiscoveryIssues()).extracting(org.junit.platform.engine.DiscoveryIssue::message)
                .containsExactly("line 1 of " + PLAYER_GAMES + " holds no dataset or check; selecting the whole suite instead");
    }

    @Test
    void should_find_the_whole_suite_of_a_file_without_a_line() {
        EngineDiscoveryResults results = discover(selectFile(resource(PLAYER_GAMES).toFile()));

        assertThat(tests(results)).containsExactlyElementsOf(playerGames());
    }

    @Test
    void should_find_every_suite_in_a_classpath_folder() {
        // What @SelectClasspathResource("preflight/testsuites/selectors") on a @Suite class sends.
        EngineDiscoveryResults results = discover(selectClasspathResource("preflight/testsuites/selectors"));

        assertThat(tests(results)).containsExactlyInAnyOrderElementsOf(concat(playerGames(),
                List.of("team_games.yaml/[dataset:team_offense_game_summary]/[check:null_rate(points)]")));
        assertThat(results.getDiscoveryIssues()).isEmpty();
    }

    @Test
    void should_find_every_suite_in_a_directory() {
        EngineDiscoveryResults results = discover(selectDirectory(resource("preflight/testsuites/selectors").toFile()));

        assertThat(tests(results)).containsExactlyInAnyOrderElementsOf(concat(playerGames(),
                List.of("team_games.yaml/[dataset:team_offense_game_summary]/[check:null_rate(points)]")));
        assertThat(results.getEngineDescriptor().getChildren()).allSatisfy(suite -> assertThat(suite.getSource()).get().isInstanceOf(FileSource.class));
    }

    @Test
    void should_find_a_suite_by_file_uri() {
        EngineDiscoveryResults results = discover(selectUri(resource(PLAYER_GAMES).toUri()));

        assertThat(tests(results)).containsExactlyElementsOf(playerGames());
        assertThat(results.getEngineDescriptor().getChildren().iterator().next().getSource()).get().isInstanceOf(FileSource.class);
    }

    @Test
    void should_find_the_check_on_the_line_of_a_file_uri() {
        EngineDiscoveryResults results = discover(selectUri(resource(PLAYER_GAMES).toUri() + "?line=19"));

        assertThat(tests(results)).containsExactlyElementsOf(playerGames("[dataset:player_game_summary]/[check:null_rate(usage_rate)]"));
    }

    @Test
    void should_find_a_suite_by_classpath_uri() {
        EngineDiscoveryResults results = discover(selectUri("classpath:" + PLAYER_GAMES));

        assertThat(tests(results)).containsExactlyElementsOf(playerGames());
        assertThat(results.getEngineDescriptor().getChildren().iterator().next().getUniqueId()).isEqualTo(PLAYER_GAMES_ID);
    }

    @Test
    void should_find_a_suite_a_dataset_and_a_check_by_unique_id() {
        UniqueId dataset = PLAYER_GAMES_ID.append("dataset", "team_offense_game_summary");
        UniqueId check = PLAYER_GAMES_ID.append("dataset", "player_game_summary").append("check", "duplicates");

        assertThat(tests(discover(selectUniqueId(PLAYER_GAMES_ID)))).containsExactlyElementsOf(playerGames());
        assertThat(tests(discover(selectUniqueId(dataset)))).containsExactlyElementsOf(playerGames("[dataset:team_offense_game_summary]/[check:row_count]"));
        assertThat(tests(discover(selectUniqueId(check)))).containsExactlyElementsOf(playerGames("[dataset:player_game_summary]/[check:duplicates]"));
    }

    @Test
    void should_ignore_class_selectors_so_a_suite_class_does_not_run_checks_twice() {
        EngineDiscoveryResults results = discover(selectClass(DiscoveryTest.class), selectClass("dev.preflight.checks.nba.Phase3ForPhase4Test"));

        assertThat(results.getEngineDescriptor().getChildren()).isEmpty();
        assertThat(results.getDiscoveryIssues()).isEmpty();
    }

    @Test
    void should_parse_a_console_style_resource_selector_with_a_line() {
        DiscoverySelector selector = DiscoverySelectors.parse("resource:/" + PLAYER_GAMES + "?line=19").orElseThrow();

        assertThat(tests(discover(selector))).containsExactlyElementsOf(playerGames("[dataset:player_game_summary]/[check:null_rate(usage_rate)]"));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
