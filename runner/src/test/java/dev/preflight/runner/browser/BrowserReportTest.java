package dev.preflight.runner.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.preflight.runner.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both reports as a person sees them, for the demo's CLOSED run and a DEGRADED one (the demo's warehouse after
 * team_defense_game_summary was backfilled): reported, served from 127.0.0.1 and opened in headless Chromium on a
 * desktop (1,400 px) and a phone (390 px). The assertions read the rendered page: the verdict above the fold, no
 * sideways scrolling on the phone, the backfill block, Allure's overview leading with the verdict and never counting
 * a warning as a pass. Screenshots stay in target/screenshots as build artifacts. Runs with -Pbrowser (which .ci/run
 * turns on); without Chromium it fails, it never skips.
 */
@Tag("browser")
class BrowserReportTest {

    private static final String SUITE = "classpath:preflight/nba/phase3_for_phase4.yaml";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;

    private static Chromium chromium;
    private static Path closed;
    private static Path degraded;

    @BeforeAll
    static void reportAClosedAndADegradedRun() throws Exception {
        chromium = Chromium.find(dir);
        Path demo = dir.resolve("demo");
        cli(0, "demo", "--dir", demo.toString());
        cli(0, "report", "--dir", demo.toString(), "--single-file");
        // A second run of the same gate into the same report: the trend gets its second point.
        Path next = dir.resolve("next");
        cli(1, "gate", "--suite", SUITE, "--warehouse", demo.resolve("nba.duckdb").toString(), "--format", "json", "--output",
                next.resolve("gate.json").toString(), "--per-date", "--allure-results", next.resolve("allure-results").toString());
        closed = demo.resolve("report");
        cli(0, "report", "--gate-result", next.resolve("gate.json").toString(), "--allure-results", next.resolve("allure-results").toString(),
                "--output", closed.toString(), "--single-file");

        Path after = dir.resolve("degraded");
        Files.createDirectories(after);
        Path warehouse = Files.copy(demo.resolve("nba.duckdb"), after.resolve("nba.duckdb"));
        backfillTeamDefense(warehouse);
        cli(0, "gate", "--suite", SUITE, "--warehouse", warehouse.toString(), "--format", "json", "--output", after.resolve("gate.json").toString(),
                "--per-date", "--allure-results", after.resolve("allure-results").toString());
        cli(0, "report", "--dir", after.toString(), "--single-file");
        degraded = after.resolve("report");
    }

    /** What the team's backfill job would do: one row per team and game for the dates the table lacks. */
    private static void backfillTeamDefense(Path warehouse) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + warehouse); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO nba_analytics.team_defense_game_summary BY NAME SELECT o.game_id, o.team_abbr AS defending_team_abbr, "
                    + "o.game_date FROM nba_analytics.team_offense_game_summary o WHERE o.game_date NOT IN "
                    + "(SELECT game_date FROM nba_analytics.team_defense_game_summary)");
        }
    }

    @ParameterizedTest(name = "{0} summary at {1} px: verdict above the fold, no sideways scrolling")
    @CsvSource({"closed, 1400, 900, BLOCKED", "closed, 390, 844, BLOCKED", "degraded, 1400, 900, DEGRADED", "degraded, 390, 844, DEGRADED"})
    void the_summary_shows_its_verdict_above_the_fold_and_never_scrolls_sideways(String run, int width, int height, String verdict)
            throws Exception {
        Path report = run.equals("closed") ? closed : degraded;
        String frame = Chromium.frame(report, "summary.html", "#verdict .headline", width, height);
        try (StaticServer server = StaticServer.serve(report)) {
            String dom = chromium.framedDom(server.uri(frame), width, height);
            String phone = width < 600 ? "phone" : "desktop";
            chromium.framedScreenshot(server.uri(frame), SCREENSHOTS.resolve("summary-" + run + "-" + phone + ".png"), width, height);

            Matcher probe = Pattern.compile("data-probe=\"(\\d+) (\\d+) (-?\\d+) (\\d+)\"").matcher(dom);
            assertThat(probe.find()).as("the layout probe ran").isTrue();
            int scrollWidth = Integer.parseInt(probe.group(1));
            int viewport = Integer.parseInt(probe.group(2));
            int headlineBottom = Integer.parseInt(probe.group(3));
            int fold = Integer.parseInt(probe.group(4));
            assertThat(viewport).as("the window is as wide as asked").isEqualTo(width);
            assertThat(scrollWidth).as("page width at " + width + " px (wider means sideways scrolling)").isLessThanOrEqualTo(viewport);
            assertThat(headlineBottom).as("the verdict's headline ends above the fold").isLessThanOrEqualTo(fold);
            String text = text(chromium.dom(server.uri("summary.html")));
            assertThat(text.indexOf(verdict)).as("the verdict comes before the tables").isGreaterThan(0).isLessThan(text.indexOf("Tables"));
        }
        assertNotBlank(SCREENSHOTS.resolve("summary-" + run + "-" + (width < 600 ? "phone" : "desktop") + ".png"));
    }

    @Test
    void the_closed_summary_says_plainly_what_must_not_run_and_what_to_backfill() throws Exception {
        try (StaticServer server = StaticServer.serve(closed)) {
            String text = text(chromium.dom(server.uri("summary.html")));

            assertThat(text).startsWith("Preflight summary: phase3_for_phase4 Window 2021-10-19..2026-01-03")
                    .contains("BLOCKED Phase 4 must not run: team_defense_game_summary is missing 72 dates in 5 ranges.",
                            "Checks: 2 passed, 7 warned, 1 failed · gate verdict CLOSED, exit code 1");
            // The backfill block: every range of the blocking table, with its count, and the command that prints them.
            String backfill = text.substring(text.indexOf("What to backfill"), text.indexOf("Degraded, not blocking"));
            assertThat(backfill).contains("✗ nba_analytics.team_defense_game_summary: 72 dates in 5 ranges",
                    "2022-04-18 → 2022-04-24 (7 dates)", "2022-11-07 → 2022-11-13 (6 dates)", "2022-11-21 → 2022-11-27 (6 dates)",
                    "2024-05-27 → 2024-05-30 (3 dates)", "2025-04-15 → 2025-06-22 (50 dates)",
                    "preflight plan --suite classpath:preflight/nba/phase3_for_phase4.yaml --warehouse " + dir.resolve("demo").resolve("nba.duckdb")
                            + " --table nba_analytics.team_defense_game_summary --start-date 2021-10-19 --end-date 2026-01-03");
            // Degraded reasons as bullets; fallbacks only for the checks that declare one.
            assertThat(text).contains("⚠ upcoming_player_game_context: covers 446 of 848 expected dates (52.6%, needs >= 95.0%), fallback: synthetic context",
                    "⚠ player_game_summary: duplicates is 18 (needs <= 0)");
            String fallbacks = text.substring(text.indexOf("Fallbacks"), text.indexOf("Trend"));
            assertThat(fallbacks).contains("upcoming_player_game_context", "upcoming_team_game_context").doesNotContain("usage_rate", "duplicates");
            assertThat(text).contains("✗ 776/848 · 91.5% · 72 missing", "⚠ 446/848 · 52.6% · 402 missing", "Season 2021-22", "Season 2025-26",
                    "Coverage per table over the last 2 runs");
            // The anomaly checks fill the "Other checks" column; no table has a dependency check.
            assertThat(text).doesNotContain("Dependency gaps")
                    .contains("⚠ 0 of 2 passed: rows_per_game 4 anomalous dates, usage_rate_null_drift 7 anomalous dates",
                            "Metric trends", "rows_per_calendar_count 2026-01-03: ");
            // The link goes to the report that opens from disk.
            assertThat(chromium.dom(server.uri("summary.html"))).contains("href=\"allure-single-file/index.html\"");
        }
        assertThat(closed.resolve("allure-single-file").resolve("index.html")).isRegularFile();
    }

    @ParameterizedTest(name = "{0} run: Allure's overview leads with {1} and counts warnings apart from passes")
    @CsvSource({"closed, BLOCKED, 20%", "degraded, DEGRADED, 30%"})
    void the_allure_overview_leads_with_the_verdict_and_never_counts_a_warning_as_passed(String run, String verdict, String passRate)
            throws Exception {
        Path report = run.equals("closed") ? closed : degraded;
        try (StaticServer server = StaticServer.serve(report.resolve("allure"))) {
            String overview = text(chromium.dom(server.uri("index.html")));
            chromium.screenshot(server.uri("index.html"), SCREENSHOTS.resolve("allure-" + run + "-desktop.png"), 1400, 1000);
            String phone = Chromium.frame(report.resolve("allure"), "index.html", "h2", 390, 844);
            chromium.framedScreenshot(server.uri(phone), SCREENSHOTS.resolve("allure-" + run + "-phone.png"), 390, 844);

            assertThat(overview).contains("phase3_for_phase4 · " + verdict, "10 test cases", passRate, "Verdict " + verdict + ": Phase 4 ");
            assertThat(overview).doesNotContain("100%", "90%");
        }
        JsonNode statistic = JSON.readTree(report.resolve("allure/widgets/summary.json").toFile()).path("statistic");
        assertThat(statistic.path("broken").asInt()).as("the seven warned checks (two of them anomaly checks) are broken, not passed").isEqualTo(7);
        assertThat(statistic.path("passed").asInt() + statistic.path("broken").asInt() + statistic.path("failed").asInt()).isEqualTo(10);
        // Each test in one category at most: the categories add up to tests, not memberships.
        int categorised = 0;
        for (JsonNode category : JSON.readTree(report.resolve("allure/data/categories.json").toFile()).path("children")) {
            categorised += category.path("children").size();
        }
        assertThat(categorised).isEqualTo(statistic.path("broken").asInt() + statistic.path("failed").asInt());
        assertNotBlank(SCREENSHOTS.resolve("allure-" + run + "-desktop.png"));
        assertNotBlank(SCREENSHOTS.resolve("allure-" + run + "-phone.png"));
    }

    @Test
    void the_allure_report_shows_the_checks_their_statuses_and_the_trend_of_two_runs() throws Exception {
        try (StaticServer server = StaticServer.serve(closed.resolve("allure"))) {
            String overview = text(chromium.dom(server.uri("index.html")));
            String suites = text(chromium.dom(server.uri("index.html#suites")));
            chromium.screenshot(server.uri("index.html#suites"), SCREENSHOTS.resolve("allure-closed-suites.png"), 1400, 1000);
            chromium.screenshot(server.uri("index.html#categories"), SCREENSHOTS.resolve("allure-closed-categories.png"), 1400, 1000);

            assertThat(overview).contains("Window 2021-10-19..2026-01-03", "Suites phase3_for_phase4",
                    "Missing data (coverage below target) 1", "Warnings: below target, gate stays open (degraded) 7",
                    "phase3_for_phase4 · BLOCKED #2");
            assertThat(overview).doesNotContain("There is nothing to show");
            assertThat(suites).contains("nba_analytics.team_defense_game_summary",
                    "⚠ upcoming_player_game_context › coverage: coverage >= 95.0% 52.6%",
                    "⚠ player_game_summary › null_rate(usage_rate): usage_rate non-null >= 95.0% 89.6%");
        }
        assertNotBlank(SCREENSHOTS.resolve("allure-closed-suites.png"));
    }

    private static void cli(int expectedExit, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        assertThat(exit).as(String.join(" ", args) + "\n" + out + err).isEqualTo(expectedExit);
    }

    /** The page's visible text: scripts, styles and titles dropped, tags turned into spaces, entities decoded, spaces collapsed. */
    static String text(String dom) {
        String text = Pattern.compile("(?s)<(script|style|title)\\b.*?</\\1>").matcher(dom).replaceAll(" ");
        text = text.replace("<wbr>", "").replaceAll("<[^>]+>", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&nbsp;", " ").replace("&amp;", "&");
        return text.replaceAll("\\s+", " ").trim();
    }

    /** A blank or single-colour page (a report that failed to load) has only a handful of colours. */
    private static void assertNotBlank(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours.size()).as("distinct colours in " + png).isGreaterThan(20);
    }
}
