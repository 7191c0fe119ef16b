package dev.preflight.runner;

import dev.preflight.demo.DemoWarehouse;
import dev.preflight.demo.GroundTruth;
import dev.preflight.demo.NightOption;
import dev.preflight.demo.Phase3Backfill;
import dev.preflight.demo.phase4.Phase4Jobs;
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
import dev.preflight.runner.pipeline.PipelineRun;

import java.io.IOException;
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
 * <p>Steps 2 and 4 go through {@link Steps}: today {@link InProcess} calls the demo's jobs and the gates in this JVM;
 * once {@code preflight backfill} and {@code preflight run PIPELINE.yaml} exist, an implementation that calls them
 * replaces it and nothing else changes.
 */
final class DemoNight {

    /** Where the night's gate results go, one JSON file per gate, in order. */
    static final String GATES = "night";

    /**
     * The two steps the pipeline runner takes over (issue 10): step 2 becomes {@code preflight backfill --suite
     * phase3_for_phase4.yaml --table T --command 'preflight demo-job backfill-phase3 --table T …'} per table, step 4
     * {@code preflight run phase4_night.yaml}.
     */
    interface Steps {
        /** Step 2: fills each range; returns the rows written. */
        long backfill(List<Backfill> ranges) throws IOException, SQLException;

        /** Step 4: the five processors in order, each behind its gates; returns the jobs' and gates' outcome. */
        Phase4Outcome phase4() throws IOException;
    }

    /**
     * @param jobsCompleted processors that ran to the end
     * @param gateFailures gates that did not open, as "job: post-flight suite [tags] VERDICT"; the readiness audit's
     *     closing is its verdict, not a failure
     */
    record Phase4Outcome(int jobsCompleted, List<String> gateFailures, int exitCode) {
        Phase4Outcome {
            gateFailures = List.copyOf(gateFailures);
        }
    }

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
        Steps steps = new InProcess();

        RunResult first = step("1", "Phase 3 gate (phase3_for_phase4.yaml)", () -> gate("phase3", NightPlan.PHASE3_GATE, true));
        if (first.exitCode(false) != ExitCode.CLOSED) {
            return stop("the first Phase 3 gate should close on the planted gap; it exited " + first.exitCode(false).code(),
                    first.exitCode(false).code());
        }
        List<Backfill> ranges = ranges(first);
        step("2", "Gap-driven backfill (option " + option + ": " + String.join(", ", option.backfilled()) + ")", () -> {
            long rows = steps.backfill(ranges);
            out.printf(Locale.ROOT, "  %d ranges, %d dates, %,d rows written%n", ranges.size(),
                    ranges.stream().mapToInt(b -> b.dates().size()).sum(), rows);
        });
        RunResult again = step("3", "Phase 3 gate again", () -> gate("phase3-after-backfill", NightPlan.PHASE3_GATE, true));
        if (again.exitCode(false) != ExitCode.OPEN) {
            return stop("the Phase 3 gate did not open after the backfill (exit " + again.exitCode(false).code() + "); Phase 4 does not start",
                    again.exitCode(false).code());
        }
        Phase4Outcome phase4 = step("4", "Phase 4 in the orchestrator's groups (" + NightPlan.PIPELINE + ")", steps::phase4);
        if (phase4.jobsCompleted() < NightPlan.JOBS.size() || !phase4.gateFailures().isEmpty()) {
            return stop("Phase 4 stopped: " + phase4.jobsCompleted() + " of " + NightPlan.JOBS.size() + " jobs completed; "
                    + String.join("; ", phase4.gateFailures()), phase4.exitCode());
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

    /** Steps 2 and 4 in this JVM: the demo's jobs called directly, each command printed as a pipeline would run it. */
    private final class InProcess implements Steps {

        @Override
        public long backfill(List<Backfill> ranges) throws IOException, SQLException {
            Phase3Backfill backfill = Phase3Backfill.forSeed(seed);
            long rows = 0;
            for (Backfill range : ranges) {
                out.println("  $ preflight demo-job " + DemoJobCommand.BACKFILL + " --table " + range.table() + " --warehouse " + warehouse
                        + " --start-date " + range.first() + " --end-date " + range.last()
                        + (seed == DemoWarehouse.DEFAULT_SEED ? "" : " --seed " + seed));
                Phase3Backfill.Result result = backfill.run(warehouse, range.table(), range.first(), range.last());
                out.println("    " + DemoJobCommand.describe(result));
                rows += result.rows();
            }
            return rows;
        }

        @Override
        public Phase4Outcome phase4() throws IOException {
            List<String> failures = new ArrayList<>();
            int completed = 0;
            for (NightPlan.Job job : NightPlan.JOBS) {
                out.println("  " + job.id() + (job.needs().isEmpty() ? " (group 1)" : " (after " + String.join(", ", job.needs()) + ")"));
                for (NightPlan.Gate gate : job.preflight()) {
                    RunResult result = gate(job.id() + "-preflight-" + gate.suite().replaceFirst(".*/", "").replace(".yaml", ""), gate, false);
                    if (result.exitCode(false) != ExitCode.OPEN) {
                        failures.add(job.id() + ": pre-flight " + gate.label() + " " + result.verdict(false));
                        return new Phase4Outcome(completed, failures, result.exitCode(false).code());
                    }
                }
                out.println("    $ preflight demo-job " + job.id() + " --warehouse " + warehouse + " --start-date " + truth.windowStart()
                        + " --end-date " + truth.windowEnd());
                long started = System.nanoTime();
                try {
                    String done = DemoJobCommand.describe(Phase4Jobs.run(warehouse, job.processor(), truth.windowStart(), truth.windowEnd()));
                    out.printf(Locale.ROOT, "      %s (%.1f s)%n", done, (System.nanoTime() - started) / 1e9);
                } catch (SQLException e) {
                    failures.add(job.id() + ": the job failed: " + e.getMessage().lines().findFirst().orElse(""));
                    return new Phase4Outcome(completed, failures, PipelineRun.JOB_FAILED);
                }
                completed++;
                for (NightPlan.Gate gate : job.postflight()) {
                    RunResult result = gate(job.id() + "-postflight-" + gate.suite().replaceFirst(".*/", "").replace(".yaml", ""), gate, false);
                    boolean audit = gate.suite().equals(NightPlan.READINESS);
                    if (result.exitCode(false) != ExitCode.OPEN && !(audit && result.exitCode(false) == ExitCode.CLOSED)) {
                        failures.add(job.id() + ": post-flight " + gate.label() + " " + result.verdict(false));
                        return new Phase4Outcome(completed, failures, result.exitCode(false).code());
                    }
                }
            }
            return new Phase4Outcome(completed, failures, ExitCode.OPEN.code());
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
            new TextSummary(false, false, warehouse.toString()).print(result, new PrintWriter(text));
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
