package dev.preflight.runner;

import dev.preflight.runner.bench.BenchReport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's smoke: every part of {@code preflight bench} runs once at a tiny size (seconds), and its output has
 * the structure docs/performance.md shows. No time is asserted: the CI machine's timings mean nothing.
 */
class BenchCommandTest {

    @TempDir
    static Path dir;
    private static Cli.Run run;
    private static String document;

    @BeforeAll
    static void runTheBenchmarkAtATinySize() throws Exception {
        Path report = dir.resolve("performance.md");
        Files.writeString(report, "# Performance\n\nProse stays.\n");
        run = Cli.inProcess("bench", "--rows", "2000,4000", "--checks", "1,20", "--sweep-rows", "500", "--datasets", "3",
                "--parallel-datasets", "3", "--repeat", "1", "--section", "smoke", "--dir", dir.resolve("bench").toString(), "--report", report.toString());
        document = Files.readString(report);
    }

    @Test
    void should_exit_zero() {
        assertThat(run.exitCode()).as(run.all()).isZero();
    }

    @Test
    void should_keep_the_prose_and_add_one_generated_section() {
        assertThat(document).startsWith("# Performance\n\nProse stays.\n");
        assertThat(document).containsOnlyOnce(BenchReport.begin("smoke")).containsOnlyOnce(BenchReport.end("smoke"));
    }

    @Test
    void should_report_every_target_it_measures() {
        assertThat(document).contains("| 1. gate process ÷ hand-written process, 2k rows |", "| 2. fused scan ÷ hand-written statement, 4k rows |",
                "| 3. engine time beyond the warehouse, 20 checks, 1 dataset |", "| 3. peak heap, gate process with -Xmx512m, 3 datasets × 10 checks |",
                "| 4. parallelism 2 ÷ 1, gate process, 3 datasets × 10 checks |",
                "| 4. parallelism 2 ÷ 1, the gate in the benchmark's warm JVM (no start-up), 3 datasets × 10 checks |", "| 6. peak heap, largest ÷ smallest size (2k rows, 4k rows) |");
    }

    @Test
    void should_say_class_data_sharing_was_not_measured_on_a_class_path_of_directories() {
        assertThat(document).contains("| 1. gate process with CDS (as ./preflight runs it) ÷ hand-written process, 4k rows | not measured |",
                "| 4. parallelism 2 ÷ 1, gate process with CDS (as ./preflight runs it), 3 datasets × 10 checks | not measured |",
                "- class-data sharing: not measured: the class path has directories (run the packaged jar)");
    }

    @Test
    void should_report_target_5_on_bigquery_as_modelled_with_the_duckdb_line_kept() {
        // 2k rows are kilobytes: every statement bills BigQuery's 10 MiB minimum, the fused one once, one per check 20 times.
        assertThat(document).contains("| " + BenchReport.TARGET_5 + ", bytes billed, 2k rows | 0.050 (10,485,760 B in 1 statement ÷ 209,715,200 B in 20;"
                + " one per check ÷ fused 20.0×) | ≤ 0.2 | yes |");
        assertThat(document).containsPattern("\\| " + java.util.regex.Pattern.quote(BenchReport.TARGET_5)
                + ", bytes processed, 4k rows \\| 0\\.\\d{3} \\([\\d,]+ B in 1 statement ÷ [\\d,]+ B in 20; one per check ÷ fused \\d+\\.\\d×\\) \\| ≤ 0\\.2 \\| (yes|no) \\|");
        assertThat(document).contains("| 5. (DuckDB, as measured) one statement per check ÷ fused scan, 2k rows |");
    }

    @Test
    void should_find_the_results_of_parallel_and_sequential_scans_identical() {
        assertThat(document).contains("| 4. results identical, parallelism 2 and 1, with and without CDS | true | true | yes |");
    }

    @Test
    void should_measure_the_peak_heap_of_gate_processes() {
        assertThat(document).containsPattern("\\| gate process 2k rows \\| \\d+ \\(\\d+–\\d+\\) \\| (\\d+|—) \\| \\d+ \\|");
    }

    @Test
    void should_draw_the_chart_next_to_the_report() throws Exception {
        String svg = Files.readString(dir.resolve("performance-smoke.svg"));
        assertThat(svg).startsWith("<svg").contains("time (ms) against rows", "time (ms) against checks", "<polyline").endsWith("</svg>\n");
    }

    @Test
    void should_generate_the_same_data_for_the_same_size() throws Exception {
        Path again = dir.resolve("again");
        Path first = dev.preflight.runner.bench.BenchData.parquet(again, 2000);
        assertThat(Files.mismatch(first, dir.resolve("bench").resolve(first.getFileName()))).isEqualTo(-1L);
    }
}
