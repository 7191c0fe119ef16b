package dev.preflight.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code preflight report} through the real command, each run in its own JVM as a pipeline would run it. */
class ReportCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GATE = """
            {"format": 1, "verdict": "OPEN", "exit_code": 0, "strict": false,
             "counts": {"passed": 1, "warned": 0, "failed": 0, "not_applicable": 0, "errored": 0},
             "suites": [{"name": "s", "file": "file:/s.yaml", "problems": [], "datasets": [{"id": "t", "table": "a.t", "status": "READY",
               "required_by": [], "checks": [{"check": "coverage", "type": "coverage", "severity": "error", "outcome": "PASSED",
               "message": "a.t covers 3 of 3 expected dates", "observed": {"covered_dates": 3, "expected_dates": 3, "missing_dates": 0,
               "coverage_percent": 100.0}, "missing_dates": [], "missing_ranges": []}]}]}],
             "warnings": [], "unverified": []}
            """;

    @TempDir
    Path dir;

    @Test
    void should_turn_the_demo_into_both_reports_and_grow_their_history_run_after_run() throws Exception {
        Path demo = dir.resolve("demo");
        Cli.Run run = Cli.run(dir, "demo", "--dir", demo.toString());
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("./preflight report --dir " + demo);
        assertThat(demo.resolve("gate.json")).exists();

        Cli.Run report = Cli.run(dir, "report", "--dir", demo.toString());

        assertThat(report.exitCode()).as(report.all()).isZero();
        assertThat(report.out()).containsPattern("stakeholder summary +[0-9.]+ KB +[0-9.]+ s ")
                .containsPattern("Allure report \\(build 1\\) +[0-9.]+ MB +[0-9.]+ s ");
        Path out = demo.resolve("report");
        assertThat(Files.readString(out.resolve("summary.html"))).contains("<div class=\"word\">BLOCKED</div>", "✗ 776/848 · 91.5% · 72 missing",
                "⚠ 446/848 · 52.6% · 402 missing", "⚠ 496/848 · 58.5% · 352 missing", "Season 2021-22", "Season 2025-26",
                "<h2>Metric trends</h2>", "<code>rows_per_calendar_count</code>", "<svg class=\"sparkline\"");
        assertThat(Files.readString(out.resolve("summary.md"))).contains("| `nba_analytics.team_defense_game_summary` | ✗ 776/848 · 91.5% · 72 missing |");
        JsonNode statistic = JSON.readTree(out.resolve("allure/widgets/summary.json").toFile()).path("statistic");
        // Ten checks: the two anomaly checks warn about the planted half-scraped dates and NULL drift.
        assertThat(statistic.path("total").asInt()).isEqualTo(10);
        assertThat(statistic.path("failed").asInt()).isEqualTo(1);
        assertThat(statistic.path("passed").asInt()).isEqualTo(2);
        assertThat(statistic.path("broken").asInt()).as("warnings are not passes").isEqualTo(7);
        assertThat(Files.readString(out.resolve("allure/widgets/environment.json"))).contains("phase3_for_phase4", "2021-10-19..2026-01-03");
        assertThat(Files.readString(out.resolve("allure/index.html"))).doesNotContain("googletagmanager");

        // The next gate run, its JSON with the per-date calendar, reported into the same folder: both histories grow.
        Path next = dir.resolve("next");
        Files.createDirectories(next);
        Cli.Run gate = Cli.run(dir, "gate", "--suite", DemoCommand.SUITE, "--warehouse", demo.resolve("nba.duckdb").toString(), "--format", "json",
                "--output", next.resolve("gate.json").toString(), "--per-date", "--allure-results", next.resolve("allure-results").toString());
        assertThat(gate.exitCode()).as(gate.all()).isEqualTo(1);
        JsonNode result = JSON.readTree(next.resolve("gate.json").toFile());
        assertThat(result.path("suites").get(0).path("calendar").path("expected_dates")).hasSize(848);
        assertThat(result.path("suites").get(0).path("calendar").path("bootstrap_dates")).hasSize(70);
        assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(Path.of("../docs/gate-result.schema.json").toUri())
                .validate(result)).isEmpty();

        Cli.Run again = Cli.run(dir, "report", "--gate-result", next.resolve("gate.json").toString(),
                "--allure-results", next.resolve("allure-results").toString(), "--output", out.toString());

        assertThat(again.exitCode()).as(again.all()).isZero();
        assertThat(again.out()).contains("summary history (2 runs)", "Allure report (build 2)");
        assertThat(JSON.readTree(out.resolve("allure/history/history-trend.json").toFile())).hasSize(2);
        assertThat(Files.readString(out.resolve("summary.html"))).contains("<td>nba_analytics.team_defense_game_summary</td>"
                + "<td class=\"num fail\">91.5%</td><td class=\"num fail\">91.5%</td>");
        try (Stream<Path> staging = Files.list(out)) {
            assertThat(staging.map(p -> p.getFileName().toString())).as("no staging folder left behind")
                    .containsExactlyInAnyOrder("allure", "summary.html", "summary.md", "history.json", ".preflight-report.lock");
        }
    }

    @Test
    void should_report_the_same_run_twice_as_one_build_and_one_history_entry() throws Exception {
        Path demo = dir.resolve("demo");
        assertThat(Cli.run(dir, "demo", "--dir", demo.toString()).exitCode()).isZero();

        Cli.Run first = Cli.run(dir, "report", "--dir", demo.toString());
        Cli.Run second = Cli.run(dir, "report", "--dir", demo.toString());

        assertThat(first.exitCode()).as(first.all()).isZero();
        assertThat(second.exitCode()).as(second.all()).isZero();
        assertThat(second.out()).contains("summary history (1 run)", "Allure report (build 1)");
        Path out = demo.resolve("report");
        assertThat(JSON.readTree(out.resolve("allure/history/history-trend.json").toFile())).hasSize(1);
        assertThat(JSON.readTree(out.resolve("allure/widgets/summary.json").toFile()).path("statistic").path("total").asInt()).isEqualTo(10);
    }

    @Test
    void should_serialise_two_reports_into_one_folder_so_each_gets_its_own_build() throws Exception {
        Path demo = dir.resolve("demo");
        assertThat(Cli.run(dir, "demo", "--dir", demo.toString()).exitCode()).isZero();
        Path next = dir.resolve("next");
        Cli.Run gate = Cli.run(dir, "gate", "--suite", DemoCommand.SUITE, "--warehouse", demo.resolve("nba.duckdb").toString(), "--format", "json",
                "--output", next.resolve("gate.json").toString(), "--allure-results", next.resolve("allure-results").toString());
        assertThat(gate.exitCode()).as(gate.all()).isEqualTo(1);
        Path out = dir.resolve("shared");

        java.util.concurrent.CompletableFuture<Cli.Run> one = java.util.concurrent.CompletableFuture.supplyAsync(() -> report(demo, out));
        java.util.concurrent.CompletableFuture<Cli.Run> two = java.util.concurrent.CompletableFuture.supplyAsync(() -> report(next, out));

        assertThat(one.get().exitCode()).as(one.get().all()).isZero();
        assertThat(two.get().exitCode()).as(two.get().all()).isZero();
        assertThat(one.get().out() + two.get().out()).contains("Allure report (build 1)", "Allure report (build 2)", "summary history (2 runs)");
        assertThat(JSON.readTree(out.resolve("allure/widgets/summary.json").toFile()).path("statistic").path("total").asInt())
                .as("one run's test cases, not both runs'").isEqualTo(10);
        assertThat(JSON.readTree(out.resolve("allure/history/history-trend.json").toFile())).hasSize(2);
        assertThat(JSON.readTree(out.resolve("allure/data/timeline.json").toFile()).isObject()).isTrue();
    }

    private Cli.Run report(Path run, Path out) {
        try {
            return Cli.run(dir, "report", "--gate-result", run.resolve("gate.json").toString(), "--allure-results",
                    run.resolve("allure-results").toString(), "--output", out.toString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void should_refuse_an_output_inside_the_allure_results() throws Exception {
        Path gate = dir.resolve("gate.json");
        Files.writeString(gate, GATE, StandardCharsets.UTF_8);
        Path results = dir.resolve("results");
        Files.createDirectories(results);
        Files.writeString(results.resolve("x-result.json"), "{}");

        Cli.Run run = Cli.run(dir, "report", "--gate-result", gate.toString(), "--allure-results", results.toString(),
                "--output", results.resolve("report").toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
        assertThat(run.err()).contains("overlaps the Allure results");
        assertThat(results.resolve("report")).doesNotExist();
    }

    @Test
    void should_exit_2_when_the_inputs_are_missing_or_empty() throws Exception {
        Cli.Run nothing = Cli.run(dir, "report", "--dir", dir.resolve("nowhere").toString());
        assertThat(nothing.exitCode()).as(nothing.all()).isEqualTo(2);
        assertThat(nothing.err()).contains("preflight: gate result " + dir.resolve("nowhere").resolve("gate.json") + " does not exist; write it with");

        Path gate = dir.resolve("gate.json");
        Files.writeString(gate, GATE, StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("empty"));
        Cli.Run empty = Cli.run(dir, "report", "--gate-result", gate.toString(), "--allure-results", dir.resolve("empty").toString(),
                "--output", dir.resolve("out").toString());
        assertThat(empty.exitCode()).as(empty.all()).isEqualTo(2);
        assertThat(empty.err()).contains("Allure results directory " + dir.resolve("empty") + " holds no results (*-result.json)");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void should_exit_2_when_the_output_cannot_be_written() throws Exception {
        Path gate = dir.resolve("gate.json");
        Files.writeString(gate, GATE, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("taken"), "a file");

        Cli.Run run = Cli.run(dir, "report", "--gate-result", gate.toString(), "--output", dir.resolve("taken").toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
        assertThat(run.err()).contains("preflight: output " + dir.resolve("taken") + " is a file, not a directory");
    }

    @Test
    void should_exit_2_for_a_corrupt_history_but_keep_the_new_run() throws Exception {
        Path gate = dir.resolve("gate.json");
        Files.writeString(gate, GATE, StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("out"));
        Files.writeString(dir.resolve("out/history.json"), "not json at all");

        Cli.Run run = Cli.run(dir, "report", "--gate-result", gate.toString(), "--output", dir.resolve("out").toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
        assertThat(run.err()).contains("preflight: history file " + dir.resolve("out/history.json") + " is corrupt (",
                "kept it as " + dir.resolve("out/history.json.corrupt"));
        assertThat(Files.readString(dir.resolve("out/summary.html"))).contains("<div class=\"word\">READY</div>");
        assertThat(Files.readString(dir.resolve("out/history.json"))).contains("\"verdict\" : \"READY\"");
        assertThat(Files.readString(dir.resolve("out/history.json.corrupt"))).isEqualTo("not json at all");
    }
}
