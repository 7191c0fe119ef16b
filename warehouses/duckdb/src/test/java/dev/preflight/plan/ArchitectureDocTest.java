package dev.preflight.plan;

import dev.preflight.model.SqlFragment;
import dev.preflight.duckdb.DuckDbDialect;
import dev.preflight.metric.Metric;
import dev.preflight.model.DateWindow;
import dev.preflight.model.TableName;
import dev.preflight.source.SourceLocation;
import dev.preflight.suite.Dataset;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/architecture.md says what the code does: its SQL example is the planner's output, its order of the framework's
 * packages is one the imports keep, the check SPI it names is all the built-in check types import, and its module
 * table names every module of the build.
 */
class ArchitectureDocTest {

    private static final Pattern FENCE = Pattern.compile("(?ms)^```([a-z]*)\\n(.*?)^```\\n");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import (?:static )?dev\\.preflight\\.([a-z]+)\\.");
    private static final Pattern QUALIFIED = Pattern.compile("\\bdev\\.preflight\\.([a-z]+)\\.[A-Z]");

    @Test
    void theSqlExampleIsThePlannersStatement() throws IOException {
        // As the page says: null_rate(minutes_played) and duplicates on game_id, player_lookup, with the row filter
        // minutes_played > 0, over 2024-10-22..2024-11-30 (ScanPlannerTest's golden statement).
        Dataset playerGames = new Dataset("player_game_summary", new TableName(List.of("nba_analytics", "player_game_summary")),
                "game_date", List.of("game_id", "player_lookup"), SqlFragment.of("minutes_played > 0"), List.of(), List.of(), List.of(),
                new SourceLocation(URI.create("file:///suites/games.yaml"), "games.yaml", 5, 5));
        DateWindow window = new DateWindow(LocalDate.parse("2024-10-22"), LocalDate.parse("2024-11-30"));
        List<Metric> metrics = List.of(new Metric.NullCount("minutes_played"), new Metric.DuplicateRows(List.of("game_id", "player_lookup")));

        Scan scan = ScanPlanner.plan(playerGames, window, metrics, DuckDbDialect.INSTANCE);

        String page = page();
        assertThat(page).contains("`minutes_played > 0`, over 2024-10-22..2024-11-30");
        List<String> sql = blocks(page, "sql");
        assertThat(sql).hasSize(1);
        assertThat(oneLine(sql.get(0))).isEqualTo(scan.statement().sql());
    }

    @Test
    void theFrameworksPackagesImportOnlyPackagesBelowThem() throws IOException {
        List<String> order = layers();
        Map<String, Set<String>> uses = uses(root().resolve("framework/src/main/java/dev/preflight"));
        assertThat(order).as("every framework package is in the page's order").containsAll(uses.keySet());
        for (Map.Entry<String, Set<String>> pkg : uses.entrySet()) {
            List<String> below = order.subList(0, order.indexOf(pkg.getKey()));
            assertThat(below).as("packages below %s that it imports", pkg.getKey()).containsAll(pkg.getValue());
        }
    }

    @Test
    void theBuiltInCheckTypesUseTheCheckSpiAlone() throws IOException {
        String page = page();
        assertThat(page).contains("The first six are the check SPI");
        List<String> spi = layers().subList(0, 6);
        assertThat(spi).containsExactly("source", "model", "calendar", "metric", "yaml", "check");
        Set<String> used = new TreeSet<>();
        uses(root().resolve("checks/src/main/java/dev/preflight/checks")).values().forEach(used::addAll);
        used.remove("checks");
        assertThat(spi).containsAll(used);
    }

    @Test
    void theModuleTableNamesEveryModuleOfTheBuild() throws IOException {
        String pom = Files.readString(root().resolve("pom.xml"));
        Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(pom);
        List<String> modules = new ArrayList<>();
        while (module.find()) {
            modules.add(module.group(1));
        }
        assertThat(modules).contains("framework", "warehouses/duckdb", "checks", "runner");
        String page = page();
        for (String name : modules) {
            assertThat(page).as("the module table's row of %s", name).contains("\n| `" + name + "` |");
            assertThat(page).as("the diagram's node of %s", name).contains("<b>" + name + "</b>");
        }
    }

    /** {@return the page's order of the framework's packages, lowest first} */
    private static List<String> layers() throws IOException {
        Matcher sentence = Pattern.compile("The framework's packages, lowest first: ([^.]+)\\.").matcher(page());
        assertThat(sentence.find()).as("the page states the order of the framework's packages").isTrue();
        List<String> order = new ArrayList<>();
        Matcher name = Pattern.compile("`([a-z]+)`").matcher(sentence.group(1));
        while (name.find()) {
            order.add(name.group(1));
        }
        return order;
    }

    /** {@return for each package under {@code base} (by its last name), the other dev.preflight packages it uses} */
    private static Map<String, Set<String>> uses(Path base) throws IOException {
        Map<String, Set<String>> uses = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(base)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = base.relativize(file.getParent()).toString().split("[/\\\\]")[0];
                String own = pkg.isEmpty() ? base.getFileName().toString() : pkg;
                Set<String> used = uses.computeIfAbsent(own, k -> new TreeSet<>());
                String text = Files.readString(file);
                for (Pattern p : List.of(IMPORT, QUALIFIED)) {
                    Matcher m = p.matcher(text);
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
                used.remove(own);
            }
        }
        return uses;
    }

    private static String oneLine(String sql) {
        return sql.strip().replaceAll("\\s+", " ");
    }

    private static List<String> blocks(String page, String language) {
        List<String> found = new ArrayList<>();
        Matcher fence = FENCE.matcher(page);
        while (fence.find()) {
            if (fence.group(1).equals(language)) {
                found.add(fence.group(2));
            }
        }
        return found;
    }

    private static String page() throws IOException {
        return Files.readString(root().resolve("docs/architecture.md"));
    }

    private static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docs/architecture.md")) && Files.isDirectory(dir.resolve("framework"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no docs/architecture.md above " + Path.of("").toAbsolutePath());
    }
}
