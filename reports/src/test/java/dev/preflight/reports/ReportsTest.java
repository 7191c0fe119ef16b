package dev.preflight.reports;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code preflight report}'s inputs, outputs and history, without the Allure command line (the runner's tests run it). */
class ReportsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T08:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path gate(String json, String modified) throws Exception {
        Path file = dir.resolve("gate.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse(modified)));
        return file;
    }

    private Reports.Outcome summaryOnly(Path gate) {
        return Reports.build(new Reports.Request(gate, null, dir.resolve("report"), List.of(), false), CLOCK);
    }

    @Test
    void should_write_the_html_and_markdown_summaries_and_a_history_entry() throws Exception {
        Reports.Outcome outcome = summaryOnly(gate(GateJson.closed(), "2026-11-27T08:00:00Z"));

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.written()).extracting(Reports.Written::what)
                .containsExactly("stakeholder summary", "Markdown summary", "summary history (1 run)");
        assertThat(Files.readString(dir.resolve("report/summary.html"))).contains("BLOCKED", "generated 2026-11-27 08:30 UTC");
        assertThat(Files.readString(dir.resolve("report/summary.md"))).startsWith("## ⛔ Preflight: **BLOCKED**");
        SummaryHistory.Loaded history = SummaryHistory.load(dir.resolve("report/history.json"));
        assertThat(history.runs()).singleElement().satisfies(run -> {
            assertThat(run.verdict()).isEqualTo("BLOCKED");
            assertThat(run.recordedAt()).isEqualTo("2026-11-27T08:00:00Z");
            assertThat(run.tables().get("a.blocking")).isEqualTo(new SummaryHistory.TableState("BLOCKING", 80.0));
        });
    }

    @Test
    void should_count_a_gate_result_once_however_often_it_is_reported() throws Exception {
        Path gate = gate(GateJson.closed(), "2026-11-27T08:00:00Z");
        summaryOnly(gate);
        summaryOnly(gate);
        assertThat(SummaryHistory.load(dir.resolve("report/history.json")).runs()).hasSize(1);

        summaryOnly(gate(GateJson.withVerdict("DEGRADED", 0), "2026-11-28T08:00:00Z"));

        assertThat(SummaryHistory.load(dir.resolve("report/history.json")).runs()).extracting(SummaryHistory.Run::verdict)
                .containsExactly("BLOCKED", "DEGRADED");
        assertThat(Files.readString(dir.resolve("report/summary.html"))).contains("<th>2026-11-27 08:00</th><th>2026-11-28 08:00</th>");
        assertThat(Files.readString(dir.resolve("report/summary.md"))).contains("**Since the previous run** (2026-11-27 08:00, BLOCKED): no coverage changed.");
    }

    @Test
    void should_keep_the_new_run_and_report_a_corrupt_history() throws Exception {
        Files.createDirectories(dir.resolve("report"));
        Files.writeString(dir.resolve("report/history.json"), "{\"runs\": [ {\"id\": \"x\", ", StandardCharsets.UTF_8);

        Reports.Outcome outcome = summaryOnly(gate(GateJson.closed(), "2026-11-27T08:00:00Z"));

        assertThat(outcome.problems()).singleElement().asString().startsWith("history file " + dir.resolve("report/history.json") + " is corrupt (")
                .endsWith("kept it as " + dir.resolve("report/history.json.corrupt") + " and started a new history with this run");
        assertThat(Files.readString(dir.resolve("report/history.json.corrupt"))).isEqualTo("{\"runs\": [ {\"id\": \"x\", ");
        assertThat(SummaryHistory.load(dir.resolve("report/history.json")).runs()).hasSize(1);
        assertThat(Files.readString(dir.resolve("report/summary.html"))).contains("BLOCKED");
    }

    @Test
    void should_refuse_a_missing_or_unreadable_gate_result_before_writing_anything() throws Exception {
        assertThatThrownBy(() -> summaryOnly(dir.resolve("nope.json"))).isInstanceOf(ReportException.class)
                .hasMessageStartingWith("gate result " + dir.resolve("nope.json") + " does not exist; write it with `preflight gate");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"verdict\": ");
        assertThatThrownBy(() -> summaryOnly(broken)).isInstanceOf(ReportException.class).hasMessageContaining("is not valid JSON");
        Files.writeString(broken, "{\"something\": \"else\"}");
        assertThatThrownBy(() -> summaryOnly(broken)).isInstanceOf(ReportException.class).hasMessageContaining("is not a preflight gate result");
        assertThat(dir.resolve("report")).doesNotExist();
    }

    @Test
    void should_refuse_a_missing_or_empty_allure_results_directory() throws Exception {
        Path gate = gate(GateJson.closed(), "2026-11-27T08:00:00Z");
        Reports.Request missing = new Reports.Request(gate, dir.resolve("allure-results"), dir.resolve("report"), List.of(), false);
        assertThatThrownBy(() -> Reports.build(missing, CLOCK)).isInstanceOf(ReportException.class)
                .hasMessageStartingWith("Allure results directory " + dir.resolve("allure-results") + " does not exist");
        Files.createDirectories(dir.resolve("allure-results"));
        Files.writeString(dir.resolve("allure-results/environment.properties"), "a=b\n");
        assertThatThrownBy(() -> Reports.build(missing, CLOCK)).isInstanceOf(ReportException.class)
                .hasMessageContaining("holds no results (*-result.json)");
        assertThat(dir.resolve("report")).doesNotExist();
    }

    @Test
    void should_refuse_an_output_that_cannot_be_a_directory() throws Exception {
        Path gate = gate(GateJson.closed(), "2026-11-27T08:00:00Z");
        Path file = dir.resolve("taken");
        Files.writeString(file, "not a directory");

        assertThatThrownBy(() -> Reports.build(new Reports.Request(gate, null, file, List.of(), false), CLOCK))
                .isInstanceOf(ReportException.class).hasMessage("output " + file + " is a file, not a directory");
        assertThatThrownBy(() -> Reports.build(new Reports.Request(gate, null, file.resolve("report"), List.of(), false), CLOCK))
                .isInstanceOf(ReportException.class).hasMessageStartingWith("cannot create output directory " + file.resolve("report"));
    }

    @Test
    void should_write_the_summary_even_when_the_allure_command_line_is_missing() throws Exception {
        Path gate = gate(GateJson.closed(), "2026-11-27T08:00:00Z");
        Files.createDirectories(dir.resolve("allure-results"));
        Files.writeString(dir.resolve("allure-results/x-result.json"), "{}");

        Reports.Outcome outcome = Reports.build(new Reports.Request(gate, dir.resolve("allure-results"), dir.resolve("report"),
                List.of(dir.resolve("no-allure-here")), false), CLOCK);

        assertThat(outcome.problems()).singleElement().asString().startsWith("the Allure command line is not in [" + dir.resolve("no-allure-here") + "]");
        assertThat(dir.resolve("report/summary.html")).exists();
    }
}
