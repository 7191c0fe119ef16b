package dev.preflight.runner.browser;

import dev.preflight.runner.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both reports as a person sees them: the demo and a second gate run are reported, served from 127.0.0.1 and
 * opened in headless Chromium; the assertions read the rendered page's text (suite names, statuses, the numbers,
 * the verdict), and screenshots stay in target/browser as build artifacts. Runs with -Pbrowser (which .ci/run
 * turns on); without Chromium it fails, it never skips.
 */
@Tag("browser")
class BrowserReportTest {

    private static final String SUITE = "classpath:preflight/nba/phase3_for_phase4.yaml";
    private static final Path SCREENSHOTS = Path.of("target", "browser");

    @TempDir
    static Path dir;

    private static Chromium chromium;
    private static Path report;

    @BeforeAll
    static void reportTwoRuns() throws Exception {
        chromium = Chromium.find(dir);
        Path demo = dir.resolve("demo");
        cli(0, "demo", "--dir", demo.toString());
        cli(0, "report", "--dir", demo.toString());
        Path next = dir.resolve("next");
        Files.createDirectories(next);
        cli(1, "gate", "--suite", SUITE, "--warehouse", demo.resolve("nba.duckdb").toString(), "--format", "json", "--output",
                next.resolve("gate.json").toString(), "--per-date", "--allure-results", next.resolve("allure-results").toString());
        report = demo.resolve("report");
        cli(0, "report", "--gate-result", next.resolve("gate.json").toString(), "--allure-results", next.resolve("allure-results").toString(),
                "--output", report.toString());
    }

    @Test
    void the_summary_shows_the_verdict_first_then_every_table_with_its_numbers() throws Exception {
        try (StaticServer server = StaticServer.serve(report)) {
            String dom = chromium.dom(server.uri("summary.html"));
            String text = text(dom);
            chromium.screenshot(server.uri("summary.html"), SCREENSHOTS.resolve("summary.png"), 1400, 2700);

            assertThat(text).startsWith("Preflight summary: phase3_for_phase4 Window 2021-10-19..2026-01-03");
            assertThat(text.indexOf("BLOCKED")).isLessThan(text.indexOf("Tables"));
            assertThat(text).contains("BLOCKED nba_analytics.team_defense_game_summary covers 776 of 848 expected dates (91.5%, needs >= 95.0%), "
                            + "so team_defense_zone_analysis, player_composite_factors must not run until it is backfilled; 3 more tables are degraded.",
                    "Checks: 2 passed, 5 warned, 1 failed · gate verdict CLOSED, exit code 1",
                    "nba_analytics.player_game_summary required by player_composite_factors, player_daily_cache, ml_feature_store_v2 ✓ 848/848 · 100.0% "
                            + "⚠ usage_rate 89.6% non-null (needs >= 95.0%); completeness 1 of 8 below (needs every feature at its minimum non-NULL share)"
                            + " ⚠ 18 duplicate rows — — ⚠ degraded",
                    "nba_analytics.team_offense_game_summary required by team_defense_zone_analysis, player_composite_factors ✓ 848/848 · 100.0%",
                    "✗ 776/848 · 91.5% · 72 missing — — — — ✗ blocking",
                    "⚠ 446/848 · 52.6% · 402 missing", "⚠ 496/848 · 58.5% · 352 missing",
                    "Season 2021-22", "Season 2025-26",
                    "Nothing is waived", "synthetic context: Phase 4 falls back to synthetic context when this table is incomplete.",
                    "Coverage per table over the last 2 runs");
            // The heatmap's cells: runs of dates, each with its tooltip.
            assertThat(dom).contains("<title>2025-04-15 → 2025-06-22: missing (50 dates)</title>", "<title>2021-12-01 → 2022-04-29: missing (140 dates)</title>");
        }
        assertNotBlank(SCREENSHOTS.resolve("summary.png"));
    }

    @Test
    void the_allure_report_shows_the_checks_their_statuses_categories_and_trend() throws Exception {
        try (StaticServer server = StaticServer.serve(report.resolve("allure"))) {
            String overview = text(chromium.dom(server.uri("index.html")));
            String suites = text(chromium.dom(server.uri("index.html#suites")));
            chromium.screenshot(server.uri("index.html"), SCREENSHOTS.resolve("allure-overview.png"), 1400, 1000);
            chromium.screenshot(server.uri("index.html#suites"), SCREENSHOTS.resolve("allure-suites.png"), 1400, 1000);
            chromium.screenshot(server.uri("index.html#categories"), SCREENSHOTS.resolve("allure-categories.png"), 1400, 1000);

            assertThat(overview).contains("Preflight · phase3_for_phase4", "8 test cases", "87.5%",
                    "Window 2021-10-19..2026-01-03", "Suites phase3_for_phase4",
                    "Missing data (coverage below target) 1 2", "Warnings: below target, gate stays open 5",
                    "Preflight · phase3_for_phase4 #2");
            assertThat(overview).doesNotContain("There is nothing to show");
            // The suite's tree: dataset by dataset, failed and passed counts, the warnings marked, the numbers as parameters.
            assertThat(suites).contains("phase3_for_phase4 1 7",
                    "nba_analytics.team_defense_game_summary 1 #1 team_defense_game_summary › coverage: coverage >= 95.0%, 2 rows per calendar unit 91.5% , >= 95.0% , 2021-10-19..2026-01-03",
                    "⚠ upcoming_player_game_context › coverage: coverage >= 95.0% 52.6%", "⚠ upcoming_team_game_context › coverage: coverage >= 95.0%, 2 rows per calendar unit 58.5%",
                    "⚠ player_game_summary › null_rate(usage_rate): usage_rate non-null >= 95.0% 89.6%");
        }
        assertNotBlank(SCREENSHOTS.resolve("allure-overview.png"));
        assertNotBlank(SCREENSHOTS.resolve("allure-suites.png"));
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
        text = text.replaceAll("<[^>]+>", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", " ").replace("&amp;", "&");
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
