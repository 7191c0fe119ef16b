package dev.preflight.runner;

import dev.preflight.demo.DemoWarehouse;
import dev.preflight.demo.GroundTruth;
import dev.preflight.demo.NightOption;
import dev.preflight.result.CheckOutcome;
import dev.preflight.result.DatasetOutcome;
import dev.preflight.result.Outcome;
import dev.preflight.result.SuiteOutcome;
import dev.preflight.runner.gate.ExitCode;
import dev.preflight.runner.gate.JsonSummary;
import dev.preflight.runner.gate.Reporting;
import dev.preflight.runner.gate.RunRequest;
import dev.preflight.runner.gate.RunResult;
import dev.preflight.runner.gate.SuiteRunner;
import dev.preflight.runner.gate.TextSummary;
import dev.preflight.runner.pipeline.Backfill;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code preflight demo --full}: the seed's night on the demo warehouse, step by step: the Phase 3 gate (closed), the
 * gap-driven backfill, the gate again (open), Phase 4 in the orchestrator's groups behind its gates, the ML training
 * readiness audit and the reports, with each step's time.
 *
 * <p>Steps 2 and 4 are the commands an operator would type: {@code preflight backfill} with the demo's backfill job,
 * and {@code preflight run} on the demo's pipeline file; the jobs run as processes, the gates in the runner.
 */
final class DemoNight {

    /** Where the night's gate results go, one JSON file per gate, in order. */
    static final String GATES = "night";

    /** The demo's pipeline file, written here from the class path for {@code preflight run}. */
    static final String PIPELINE_FILE = "phase4_night.yaml";

    /** The pipeline run's folder: job logs, gate results, {@code run.json}. */
    static final String RUN_DIR = "phase4-run";

    private final Path dir;
    private final long seed;
    private final NightOption option;
    private final PrintWriter out;
    private final Map<String, Double> timings = new LinkedHashMap<>();
    private Path warehouse;
    private GroundTruth truth;
    private int gateNumber;

    DemoNight(Path dir, long seed, NightOption option, PrintWriter out) {
        if (option == NightOption.NONE) {
            throw new dev.preflight.runner.gate.UsageException("--option takes A (backfill the blocking table) or B (and the two context tables)");
        }
        this.dir = dir;
        this.seed = seed;
        this.option = option;
        this.out = out;
    }

    int run() throws IOException, SQLException {
        long started = System.nanoTime();
        Files.createDirectories(dir.resolve(GATES));
        warehouse = dir.resolve(DemoWarehouse.DATABASE_FILE).toAbsolutePath();
        out.println("The seed's night of 2026-01-05, option " + option + ": backfill " + String.join(", ", option.backfilled())
                + (option == NightOption.A ? "; Phase 4 uses synthetic context where the context tables lack a date" : ""));
        step("0", "Build the demo warehouse", () -> {
            truth = DemoWarehouse.generate(dir, seed);
            out.printf(Locale.ROOT, "  %s: %d expected game dates in %s..%s, the incident's Phase 3 gaps planted%n", warehouse,
                    truth.expectedDates(), truth.windowStart(), truth.windowEnd());
        });

        RunResult first = step("1", "Phase 3 gate (phase3_for_phase4.yaml)", () -> gate("phase3", NightPlan.PHASE3_GATE, true));
        if (first.exitCode(false) != ExitCode.CLOSED) {
            return stop("the first Phase 3 gate should close on the planted gap; it exited " + first.exitCode(false).code(),
                    first.exitCode(false).code());
        }
        List<Backfill> ranges = ranges(first);
        int backfilled = step("2", "Gap-driven backfill (option " + option + ": " + String.join(", ", option.backfilled()) + ")", () -> {
            out.printf(Locale.ROOT, "  the gate's coverage checks name %d ranges, %d dates%n", ranges.size(),
                    ranges.stream().mapToInt(b -> b.dates().size()).sum());
            return backfill();
        });
        if (backfilled != ExitCode.OPEN.code()) {
            return stop("the backfill exited " + backfilled, backfilled);
        }
        RunResult again = step("3", "Phase 3 gate again", () -> gate("phase3-after-backfill", NightPlan.PHASE3_GATE, true));
        if (again.exitCode(false) != ExitCode.OPEN) {
            return stop("the Phase 3 gate did not open after the backfill (exit " + again.exitCode(false).code() + "); Phase 4 does not start",
                    again.exitCode(false).code());
        }
        int phase4 = step("4", "Phase 4 in the orchestrator's groups (" + PIPELINE_FILE + ")", this::phase4);
        if (phase4 != ExitCode.OPEN.code()) {
            return stop("Phase 4 stopped: preflight run exited " + phase4 + "; its record is " + dir.resolve(RUN_DIR).resolve("run.json"),
                    phase4);
        }
        RunResult readiness = step("5", "ML training readiness audit (ml_training_readiness.yaml)",
                () -> gate("ml-training-readiness", new NightPlan.Gate(NightPlan.READINESS, List.of()), true));
        step("6", "Reports of the whole night", this::report);

        out.println();
        out.println("Timings");
        timings.forEach((step, seconds) -> out.printf(Locale.ROOT, "  %-40s %6.1f s%n", step, seconds));
        double total = (System.nanoTime() - started) / 1e9;
        out.printf(Locale.ROOT, "  %-40s %6.1f s%n", "total", total);
        out.println();
        out.println("Night complete: Phase 3 backfilled and gated open, Phase 4 complete with its post-flight gates open; "
                + "ML training readiness: " + verdictLine(readiness) + ". This command exits 0.");
        out.flush();
        ExitCode audit = readiness.exitCode(false);
        return audit == ExitCode.UNVERIFIED || audit == ExitCode.USAGE ? audit.code() : ExitCode.OPEN.code();
    }

    /** The coverage ranges to backfill: the blocking table's, and under option B the two context tables' too. */
    private List<Backfill> ranges(RunResult gate) {
        List<Backfill> ranges = new ArrayList<>();
        for (SuiteOutcome suite : gate.suites()) {
            for (DatasetOutcome dataset : suite.datasets()) {
                if (!option.backfilled().contains(dataset.table())) {
                    continue;
                }
                for (CheckOutcome check : dataset.checksOfType("coverage")) {
                    if (check.is(Outcome.FAILED) || check.is(Outcome.WARNED)) {
                        ranges.addAll(Backfill.of(dataset.table(), check.document()));
                    }
                }
            }
        }
        return ranges;
    }

    /**
     * Step 2 as an operator runs it: {@code preflight backfill} per table, whose command is the demo's backfill job for
     * each missing range; it measures the table again and prints coverage before → after.
     */
    private int backfill() {
        int code = ExitCode.OPEN.code();
        for (String table : option.backfilled()) {
            List<String> args = new ArrayList<>(List.of("backfill", "--suite", NightPlan.PHASE3, "--warehouse", warehouse.toString(),
                    "--start-date", truth.windowStart().toString(), "--end-date", truth.windowEnd().toString(),
                    "--table", table, "--workers", "1", "--"));
            args.addAll(SelfCommand.argv());
            args.addAll(List.of("demo-job", DemoJobCommand.BACKFILL, "--table", table, "--warehouse", warehouse.toString(),
                    "--start-date", "${start_date}", "--end-date", "${end_date}"));
            if (seed != DemoWarehouse.DEFAULT_SEED) {
                args.addAll(List.of("--seed", Long.toString(seed)));
            }
            out.println("  $ preflight backfill --suite " + NightPlan.PHASE3 + " --warehouse " + warehouse + " --table " + table
                    + " --workers 1 -- preflight demo-job " + DemoJobCommand.BACKFILL + " --table " + table + " --warehouse " + warehouse
                    + " --start-date '${start_date}' --end-date '${end_date}'" + (seed == DemoWarehouse.DEFAULT_SEED ? "" : " --seed " + seed));
            code = Math.max(code, command(args));
        }
        return code;
    }

    /**
     * Step 4 as an operator runs it: {@code preflight run} on the demo's pipeline file, one job at a time because
     * DuckDB lets one process at a time write a database file ({@code docs/demo-night.md}).
     */
    private int phase4() throws IOException {
        Path pipeline = dir.resolve(PIPELINE_FILE);
        try (InputStream in = DemoNight.class.getClassLoader().getResourceAsStream(NightPlan.PIPELINE)) {
            if (in == null) {
                throw new IOException("the demo's pipeline file " + NightPlan.PIPELINE + " is not on the class path");
            }
            Files.write(pipeline, in.readAllBytes());
        }
        Path runDir = dir.resolve(RUN_DIR);
        deleteRecursively(runDir);
        List<String> args = List.of("run", pipeline.toString(), "--max-parallel", "1", "--run-dir", runDir.toString(),
                "--param", "warehouse=" + warehouse, "--param", "start_date=" + truth.windowStart(),
                "--param", "end_date=" + truth.windowEnd());
        out.println("  $ preflight run " + pipeline + " --max-parallel 1 --run-dir " + runDir + " --param warehouse=" + warehouse
                + " --param start_date=" + truth.windowStart() + " --param end_date=" + truth.windowEnd());
        return command(args);
    }

    /** Runs a {@code preflight} command in this JVM, its output and errors into the night's output. */
    private int command(List<String> args) {
        out.flush();
        int code = Main.run(args.toArray(String[]::new), out, out);
        out.flush();
        return code;
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (java.util.stream.Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Runs one gate, keeps its JSON under {@code night/}, prints its table (in full) or one line per gate. */
    private RunResult gate(String name, NightPlan.Gate gate, boolean full) throws IOException {
        RunResult result = SuiteRunner.run(new RunRequest(List.of(gate.suite()), truth.windowStart(), truth.windowEnd(), Map.of(),
                gate.tags(), warehouse.toString()), dataset -> { });
        gateNumber++;
        Files.writeString(dir.resolve(GATES).resolve(String.format(Locale.ROOT, "%02d-%s.json", gateNumber, name)),
                JsonSummary.render(result, false), StandardCharsets.UTF_8);
        if (full) {
            StringWriter text = new StringWriter();
            new TextSummary(false, false).print(result, new PrintWriter(text));
            text.toString().lines().forEach(line -> out.println("  " + line));
            return result;
        }
        int checks = result.checks().size();
        out.printf(Locale.ROOT, "    %s %s: %s (%d check%s)%n", name.contains("-preflight-") ? "pre-flight " : "post-flight", gate.label(),
                verdictLine(result), checks, checks == 1 ? "" : "s");
        for (CheckOutcome check : result.checks()) {
            if (!check.is(Outcome.PASSED)) {
                out.println("      " + check.word() + " " + check.check() + ": " + check.message());
            }
        }
        return result;
    }

    private static final Pattern CRITICAL = Pattern.compile("critical: ([^;(]+?) \\(");

    /** The suite's verdict word (READY, NOT READY …) or the gate's, with the critical features that decided it. */
    static String verdictLine(RunResult result) {
        List<String> reasons = new ArrayList<>();
        List<String> degraded = new ArrayList<>();
        String word = result.verdict(false);
        for (SuiteOutcome suite : result.suites()) {
            if (!suite.verdict().isEmpty()) {
                word = suite.verdict();
            }
        }
        for (CheckOutcome check : result.checks()) {
            Matcher critical = CRITICAL.matcher(check.message());
            if (check.is(Outcome.FAILED) && critical.find()) {
                reasons.add(critical.group(1) + " (critical)");
            } else if (check.is(Outcome.WARNED) && check.fallbackUsed()) {
                degraded.add(check.check() + " (fallback: " + check.fallback() + ")");
            }
        }
        if (!degraded.isEmpty()) {
            reasons.add("degraded: " + String.join(", ", degraded));
        }
        return word + (reasons.isEmpty() ? "" : " — " + String.join("; ", reasons));
    }

    /** The night's end state in one gate run (all three suites, per date, Allure results), then {@code preflight report}. */
    private void report() throws IOException {
        RunResult night = SuiteRunner.run(new RunRequest(List.of(NightPlan.PHASE3, NightPlan.POSTFLIGHT, NightPlan.READINESS),
                truth.windowStart(), truth.windowEnd(), Map.of(), List.of(), warehouse.toString()), dataset -> { },
                new Reporting(dir.resolve(DemoCommand.ALLURE_RESULTS).toAbsolutePath(), true));
        Files.writeString(dir.resolve(DemoCommand.GATE_RESULT), JsonSummary.render(night, false), StandardCharsets.UTF_8);
        out.println("  " + DemoCommand.GATE_RESULT + ": the night's end state, " + night.checks().size() + " checks of "
                + night.suites().size() + " suites; each gate of the night is in " + dir.resolve(GATES) + "/");
        StringWriter reportOut = new StringWriter();
        StringWriter reportErr = new StringWriter();
        int code = Main.run(new String[] {"report", "--dir", dir.toString()}, new PrintWriter(reportOut), new PrintWriter(reportErr));
        (reportOut.toString() + reportErr).lines().forEach(line -> out.println("  " + line));
        if (code != 0) {
            out.println("  (the report command exited " + code + "; the night's results above stand)");
        }
    }

    /** @param code the exit code of what stopped the night; a gate open where it should close counts as 1 too */
    private int stop(String why, int code) {
        out.println();
        out.println("Night stopped: " + why + ".");
        out.flush();
        return code == ExitCode.OPEN.code() ? ExitCode.CLOSED.code() : code;
    }

    /** A step that returns a value. */
    private interface Work<T> {
        T run() throws IOException, SQLException;
    }

    /** A step that returns nothing. */
    private interface Action {
        void run() throws IOException, SQLException;
    }

    private void step(String number, String title, Action action) throws IOException, SQLException {
        step(number, title, () -> {
            action.run();
            return null;
        });
    }

    private <T> T step(String number, String title, Work<T> work) throws IOException, SQLException {
        out.println();
        out.println("[" + number + "/6] " + title);
        out.flush();
        long started = System.nanoTime();
        T value = work.run();
        double seconds = (System.nanoTime() - started) / 1e9;
        timings.put(number + " " + title.replaceFirst(" \\(.*", ""), seconds);
        out.printf(Locale.ROOT, "  (%.1f s)%n", seconds);
        out.flush();
        return value;
    }
}
