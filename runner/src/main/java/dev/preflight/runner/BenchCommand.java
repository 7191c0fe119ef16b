package dev.preflight.runner;

import dev.preflight.runner.bench.BenchReport;
import dev.preflight.runner.bench.Benchmark;
import dev.preflight.runner.gate.UsageException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code preflight bench}: issue 11's benchmark in one session. A deterministic {@code player_game_summary} Parquet
 * file per size (written once under {@code --dir}); the hand-written statement as a process and in-process (the floor),
 * the fused scan, one statement per check and the whole {@code preflight gate} process; then the gate against the
 * number of checks, many datasets, and parallel scans. Every ratio compares runs of the same rounds. At each size it
 * also prices the fused scan and one statement per check by a model of BigQuery's billing ({@code BigQueryCost}).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures Preflight against a hand-written statement, per-check statements and itself at scale.",
                "Writes a Markdown table and an SVG chart with --report (docs/performance.md)."},
        footer = {"", "Examples:", "  preflight bench --rows 1000000,10000000 --report docs/performance.md",
                "  preflight bench --rows 2000 --checks 1,20 --datasets 3 --parallel-datasets 3 --repeat 1   (seconds)"})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--rows", split = ",", defaultValue = "1000000,10000000",
            description = "Sizes of the main comparison, in rows (default: ${DEFAULT-VALUE}; 100000000 is ~2 GB of Parquet).")
    List<Long> rows;

    @Option(names = "--checks", split = ",", defaultValue = "1,20,100,1000,10000",
            description = "Check counts of the one-dataset suites (default: ${DEFAULT-VALUE}).")
    List<Integer> checks;

    @Option(names = "--sweep-rows", defaultValue = "10000", description = "Rows the check sweep and the many-dataset suites read (default: ${DEFAULT-VALUE}).")
    long sweepRows;

    @Option(names = "--datasets", defaultValue = "1000", description = "Datasets × 10 checks of the many-dataset suite (default: ${DEFAULT-VALUE}).")
    int datasets;

    @Option(names = "--parallel-datasets", defaultValue = "500",
            description = "Datasets × 10 checks gated with parallelism 1 and 2 (default: ${DEFAULT-VALUE}).")
    int parallelDatasets;

    @Option(names = "--repeat", defaultValue = "5", description = "Rounds (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--max-heap", defaultValue = "512m", description = "-Xmx of every gate process (default: ${DEFAULT-VALUE}).")
    String maxHeap;

    @Option(names = "--dir", defaultValue = "target/bench", description = "Data, suites and scratch files (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--report", description = "Replaces the generated section of this Markdown file (docs/performance.md) and writes the chart next to it.")
    Path report;

    @Option(names = "--section", defaultValue = "main",
            description = "Name of the generated section of --report to replace, and of its chart performance-NAME.svg (default: ${DEFAULT-VALUE}).")
    String section;

    @Override
    public Integer call() throws Exception {
        if (rows.stream().anyMatch(r -> r < 1) || checks.stream().anyMatch(c -> c < 1) || sweepRows < 1 || datasets < 1 || parallelDatasets < 1
                || repeat < 1) {
            throw new UsageException("--rows, --checks, --sweep-rows, --datasets, --parallel-datasets and --repeat must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter discard = new PrintWriter(java.io.Writer.nullWriter());
        Benchmark.Config config = new Benchmark.Config(dir.toAbsolutePath(), rows, checks, sweepRows, datasets, parallelDatasets, repeat, maxHeap,
                args -> Main.run(args, discard, discard), Main.class.getName(), JvmOptions.get());
        Benchmark.Results results = new Benchmark(config, out).run();
        if (!section.matches("[a-z0-9-]+")) {
            throw new UsageException("--section takes lower-case letters, digits and '-', e.g. rows");
        }
        String chartName = "performance-" + section + ".svg";
        Path chart = report == null ? dir.resolve(chartName) : report.resolveSibling(chartName);
        Files.createDirectories(chart.toAbsolutePath().getParent());
        Files.writeString(chart, BenchReport.svg(results));
        String machine = String.format(Locale.ROOT, "%d cores, %s %s, Java %s", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"));
        String generated = BenchReport.markdown(section, results, chart.getFileName().toString(), machine, "preflight " + String.join(" ",
                spec.commandLine().getParseResult().originalArgs()));
        out.println();
        out.print(generated);
        if (report != null) {
            String document = Files.exists(report) ? Files.readString(report) : "";
            Files.writeString(report, BenchReport.replaceSection(document, section, generated));
            out.printf("Wrote %s and %s.%n", report, chart);
        }
        out.flush();
        return 0;
    }
}
