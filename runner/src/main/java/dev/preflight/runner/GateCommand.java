package dev.preflight.runner;

import dev.preflight.runner.gate.ExitCode;
import dev.preflight.runner.gate.UsageException;

import dev.preflight.suite.Suite;
import dev.preflight.execution.CostEstimate;
import dev.preflight.runner.gate.JsonSummary;
import dev.preflight.runner.gate.OutputFile;
import dev.preflight.result.SuiteOutcome;
import dev.preflight.runner.gate.RunRequest;
import dev.preflight.runner.gate.SuiteFilesLoader;
import dev.preflight.warehouse.Warehouses;
import dev.preflight.runner.gate.Progress;
import dev.preflight.runner.gate.Reporting;
import dev.preflight.runner.gate.RunResult;
import dev.preflight.runner.gate.SuiteRunner;
import dev.preflight.runner.gate.TextSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code preflight gate}: runs suites and turns their results into the exit code that opens or closes a pipeline. */
@Command(name = "gate", mixinStandardHelpOptions = true,
        description = {"Runs suites and opens or closes the gate with its exit code.",
                "Exit 0: gate open; 1: gate closed; 2: usage or suite error; 3: could not verify."},
        footer = {"", "Examples (they run as pasted after ./preflight demo):",
                "  ./preflight gate --suite classpath:preflight/nba/phase3_for_phase4.yaml \\",
                "      --warehouse preflight-demo/nba.duckdb --verbose",
                "  ./preflight gate --suite classpath:preflight/nba/phase3_for_phase4.yaml \\",
                "      --warehouse preflight-demo/nba.duckdb \\",
                "      --start-date 2024-10-22 --end-date 2025-06-22 \\",
                "      --format json --output out/gate.json --per-date \\",
                "      --allure-results out/allure-results",
                "  ./preflight report --dir out --single-file",
                "Your own suites: --suite FILE.yaml or --suite DIR/ (every *.yaml in it)."})
final class GateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SuiteOptions options;

    @Option(names = "--strict", description = "Warnings close the gate too.")
    boolean strict;

    @Option(names = {"-v", "--verbose"}, description = "Lists every check and every missing date range.")
    boolean verbose;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "Output format (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--output", paramLabel = "FILE", description = "Writes the result to FILE, creating missing folders; never onto a suite or the warehouse (the text summary still goes to the terminal).")
    Path output;

    @Option(names = "--allure-results", paramLabel = "DIR",
            description = "Also writes Allure results (one per check, with labels, SQL, missing dates and coverage pictures) to DIR, replacing an earlier run's.")
    Path allureResults;

    @Option(names = "--per-date", description = "Adds each suite's expected calendar to the JSON, for the summary's coverage heatmap "
            + "(preflight report).")
    boolean perDate;

    @Option(names = "--dry-run", description = "Prints the bytes each statement would process and the estimated cost (BigQuery dry runs); bills nothing, runs no check.")
    boolean dryRun;

    @Option(names = "--price-per-tib", paramLabel = "USD", defaultValue = CostEstimate.DEFAULT_USD_PER_TIB,
            description = "On-demand price per TiB for --dry-run (default: ${DEFAULT-VALUE}).")
    BigDecimal pricePerTiB;

    @Option(names = "--max-bytes", paramLabel = "BYTES", description = "maximum_bytes_billed for every BigQuery query, e.g. 10GiB.")
    String maxBytes;

    enum Format { text, json }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        OutputFile file = output == null ? null : new OutputFile(output);
        RunRequest request = options.request();
        if (file != null) {
            file.check(request.suites(), request.warehouseSettings().get("path"));
        }
        if (maxBytes != null) {
            Map<String, String> settings = new LinkedHashMap<>(request.warehouseSettings());
            settings.put("maximum_bytes_billed", maxBytes);
            request = new RunRequest(request.suites(), request.startDate(), request.endDate(), request.parameters(), request.tags(), settings);
        }
        if (dryRun) {
            return dryRun(request, out, file);
        }
        RunResult result;
        try (Progress progress = Progress.forConsole(err)) {
            result = SuiteRunner.run(request, progress, new Reporting(allureResults, perDate));
        }
        historyWarnings(result, err);
        if (file != null) {
            String rendered = format == Format.json ? JsonSummary.render(result, strict) : text(result);
            file.checkNotAmong(result.suites().stream().map(SuiteOutcome::file).toList());
            file.write(rendered);
            if (format == Format.json) {
                out.print(text(result));
            } else {
                out.print(rendered);
            }
        } else if (format == Format.json) {
            JsonSummary.write(result, strict, out);
            out.println();
        } else {
            out.print(text(result));
        }
        out.flush();
        return result.exitCode(strict).code();
    }

    /** A metric history that could not be read or written is said once on standard error; the verdict is unchanged. */
    static void historyWarnings(RunResult result, PrintWriter err) {
        result.suites().stream().flatMap(s -> s.datasets().stream()).flatMap(d -> d.checks().stream())
                .map(c -> c.text("history_warning")).filter(w -> !w.isEmpty()).distinct()
                .forEach(w -> err.println("preflight: warning: " + w));
        err.flush();
    }

    /** Plans every statement a run would send and asks the warehouse what it would cost, without running any. */
    private int dryRun(RunRequest request, PrintWriter out, OutputFile file) {
        List<Suite> suites = new SuiteFilesLoader(request).load(request.suites());
        CostEstimate estimate = CostEstimate.of(suites, Warehouses.load(Thread.currentThread().getContextClassLoader()), pricePerTiB);
        String rendered = estimate.render();
        out.print(rendered.endsWith("\n") ? rendered : rendered + System.lineSeparator());
        if (!estimate.complete()) {
            out.println("Some warehouses give no dry-run figures (DuckDB reads local files and bills nothing).");
        }
        if (file != null) {
            file.write(rendered);
        }
        // A strict gate does not vouch for what it could not estimate: fail closed, as a run that could not verify does.
        if (strict && !estimate.complete()) {
            out.println("--strict: the estimate is incomplete, so the dry run could not verify the cost. Exit code 3.");
            return ExitCode.UNVERIFIED.code();
        }
        return ExitCode.OPEN.code();
    }

    private String text(RunResult result) {
        StringWriter buffer = new StringWriter();
        new TextSummary(verbose, strict).print(result, new PrintWriter(buffer));
        return buffer.toString();
    }
}
