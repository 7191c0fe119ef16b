package dev.preflight.runner.pipeline;

import dev.preflight.runner.gate.ExitCode;
import dev.preflight.result.CheckOutcome;
import dev.preflight.result.DatasetOutcome;
import dev.preflight.result.DatasetStatus;
import dev.preflight.result.Outcome;
import dev.preflight.runner.gate.RunRequest;
import dev.preflight.runner.gate.RunResult;
import dev.preflight.result.SuiteOutcome;
import dev.preflight.runner.gate.SuiteRunner;
import dev.preflight.runner.gate.TextSummary;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code preflight run --suite … -- JOB}, the single-job form: wraps a pipeline job in gates: pre-flight, optionally backfill exactly the missing dates and gate again, run the
 * job, then post-flight. The job never starts on a closed, invalid or unverified pre-flight gate.
 */
public final class SingleJobRun {

    /** The runner's outcome: the gate codes 0–3, or 4 when the job or a backfill command failed. */
    public static final int JOB_FAILED = 4;

    private final RunRequest preflight;
    private final RunRequest postflight;
    private final String backfillTemplate;
    private final boolean includeDegraded;
    private final boolean strict;
    private final Path workingDirectory;
    private final PrintWriter out;

    public SingleJobRun(RunRequest preflight, RunRequest postflight, String backfillTemplate, boolean includeDegraded,
                       boolean strict, Path workingDirectory, PrintWriter out) {
        this.preflight = preflight;
        this.postflight = postflight;
        this.backfillTemplate = backfillTemplate;
        this.includeDegraded = includeDegraded;
        this.strict = strict;
        this.workingDirectory = workingDirectory;
        this.out = out;
    }

    public int run(List<String> job) throws InterruptedException {
        RunResult before = gate("pre-flight", preflight);
        ExitCode code = before.exitCode(strict);
        if (code == ExitCode.CLOSED && backfillTemplate != null) {
            List<Backfill> backfills = backfills(before);
            out.println("preflight run: backfilling " + backfills.size() + " range(s)");
            for (Backfill backfill : backfills) {
                String command = backfill.command(backfillTemplate);
                int exit = shell(command);
                if (exit != 0) {
                    out.println("preflight run: backfill failed with exit code " + exit + ": " + command + "; the job does not start");
                    return JOB_FAILED;
                }
            }
            code = gate("pre-flight after backfill", preflight).exitCode(strict);
        }
        if (code != ExitCode.OPEN) {
            out.println("preflight run: pre-flight gate exit code " + code.code() + "; the job does not start");
            return code.code();
        }
        out.println("preflight run: starting " + String.join(" ", job));
        out.flush();
        int exit = start(job);
        if (exit != 0) {
            out.println("preflight run: the job failed with exit code " + exit);
            return JOB_FAILED;
        }
        if (postflight == null) {
            return ExitCode.OPEN.code();
        }
        int after = gate("post-flight", postflight).exitCode(strict).code();
        out.println("preflight run: post-flight gate exit code " + after);
        return after;
    }

    private RunResult gate(String name, RunRequest request) {
        out.println("preflight run: " + name + " gate on " + String.join(", ", request.suites()));
        RunResult result = SuiteRunner.run(request, dataset -> { });
        new TextSummary(false, strict).print(result, out);
        return result;
    }

    /** The missing ranges of the blocking tables' failed coverage checks (and the degraded ones', when asked). */
    List<Backfill> backfills(RunResult result) {
        List<Backfill> backfills = new ArrayList<>();
        for (SuiteOutcome suite : result.suites()) {
            for (DatasetOutcome dataset : suite.datasets()) {
                boolean wanted = dataset.status() == DatasetStatus.BLOCKING
                        || (includeDegraded && dataset.status() == DatasetStatus.DEGRADED);
                if (!wanted) {
                    continue;
                }
                for (CheckOutcome check : dataset.checks()) {
                    if (check.is(Outcome.FAILED) || (includeDegraded && check.is(Outcome.WARNED))) {
                        backfills.addAll(Backfill.of(dataset.table(), check.document()));
                    }
                }
            }
        }
        return backfills;
    }

    private int shell(String command) throws InterruptedException {
        out.println("preflight run: $ " + command);
        out.flush();
        return start(List.of("sh", "-c", command));
    }

    /** A job that cannot start (no such program, not executable) failed like one that exited non-zero: exit 4. */
    private int start(List<String> command) throws InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).directory(workingDirectory.toFile()).inheritIO().start();
        } catch (IOException e) {
            out.println("preflight run: cannot start " + command.get(0) + ": " + JobProcess.reason(e));
            return JOB_FAILED;
        }
        return process.waitFor();
    }
}
