package dev.preflight.runner;

import dev.preflight.runner.gate.RunRequest;
import dev.preflight.runner.gate.UsageException;
import dev.preflight.runner.pipeline.AirflowDag;
import dev.preflight.runner.pipeline.DryRun;
import dev.preflight.runner.pipeline.Pipeline;
import dev.preflight.runner.pipeline.PipelineParser;
import dev.preflight.runner.pipeline.PipelineRunner;
import dev.preflight.runner.pipeline.RunOptions;
import dev.preflight.runner.pipeline.SingleJobRun;
import dev.preflight.runner.pipeline.SkipPreflight;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code preflight run}: a pipeline file (jobs in a DAG, each behind gates), or the single-job form, a job between a
 * pre-flight and a post-flight gate with optional exact backfills.
 */
@Command(name = "run", mixinStandardHelpOptions = true, modelTransformer = RunCommand.SuiteOptional.class,
        description = {"Runs a pipeline file's jobs behind their gates, or one job between gates.",
                "Exit 0 all passed; 1 a gate closed; 2 usage, suite or pipeline-file error; 3 could not verify;",
                "4 a job failed, timed out, was killed or could not start (docs/pipelines.md)."},
        footer = {"", "Examples:",
                "  preflight run nightly.yaml --max-parallel 2 --start-date 2024-10-22 --end-date 2025-06-22",
                "  preflight run nightly.yaml --dry-run",
                "  preflight run nightly.yaml --resume preflight-runs/nightly-20260103-020000",
                "  preflight run nightly.yaml --skip-preflight --reason \"INC-123: upstream late, approved by J. Doe\"",
                "The single-job form (the seed's Phase 4 orchestrator):",
                "  preflight run --suite phase3_for_phase4.yaml --post phase4_postflight.yaml \\",
                "    --start-date 2021-10-19 --end-date 2026-01-03 \\",
                "    --backfill 'python3 {table}_backfill.py --start-date {start} --end-date {end}' \\",
                "    -- ./run_phase4.sh"})
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SuiteOptions options;

    @Option(names = "--post", paramLabel = "FILE|DIR|classpath:NAME", converter = SuiteOptions.Location.class, description = "Single-job form: post-flight suite(s), run after the job succeeds. Repeatable.")
    List<String> post = new ArrayList<>();

    @Option(names = "--backfill", paramLabel = "COMMAND",
            description = "Single-job form: shell command run once per missing range of a blocking table before gating again; placeholders {table} {start} {end} {dates}.")
    String backfill;

    @Option(names = "--include-degraded", description = "Single-job form: also backfill the missing ranges of tables that only degrade the gate.")
    boolean includeDegraded;

    @Option(names = "--strict", description = "Single-job form: warnings close the gates too.")
    boolean strict;

    @Option(names = "--max-parallel", paramLabel = "N", defaultValue = "2", description = "Pipeline: jobs run at once at most (default: ${DEFAULT-VALUE}).")
    int maxParallel;

    @Option(names = "--run-dir", paramLabel = "DIR", description = "Pipeline: where job logs, gate results and run.json go (default: preflight-runs/<pipeline>-<timestamp>).")
    Path runDirectory;

    @Option(names = "--resume", paramLabel = "RUN_DIR", description = "Pipeline: continues that run, skipping jobs it completed for the same window and inputs.")
    Path resume;

    @Option(names = "--skip-preflight", description = "Pipeline: runs past closed pre-flight gates; needs --reason, recorded with your user name.")
    boolean skipPreflight;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Pipeline: why --skip-preflight is needed; goes into the run record, gate.json and Allure.")
    String reason;

    @Option(names = "--dry-run", description = "Pipeline: prints the groups, the order and each command with its dates; runs nothing.")
    boolean dryRun;

    @Option(names = "--emit", paramLabel = "airflow", description = "Pipeline: prints the pipeline as an Airflow DAG (Python) instead of running it.")
    Emit emit;

    enum Emit { airflow }

    @Parameters(arity = "0..*", paramLabel = "PIPELINE.yaml | JOB", description = "A pipeline file; or, with --suite, the job and its arguments after '--'.")
    List<String> arguments = new ArrayList<>();

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (!options.suites.isEmpty()) {
            return singleJob(out);
        }
        if (arguments.size() != 1) {
            throw new UsageException(arguments.isEmpty()
                    ? "name a pipeline file (preflight run PIPELINE.yaml), or a job between gates (preflight run --suite S -- JOB)"
                    : "preflight run takes one pipeline file, not " + arguments.size() + " arguments; a job's command goes after --suite S --");
        }
        refuse(!post.isEmpty(), "--post");
        refuse(backfill != null, "--backfill");
        refuse(includeDegraded, "--include-degraded");
        refuse(strict, "--strict");
        refuse(!options.tags.isEmpty(), "--tag");
        refuse(options.warehouse != null || !options.warehouseSettings.isEmpty(), "--warehouse");
        if (maxParallel < 1) {
            throw new UsageException("--max-parallel " + maxParallel + ": give 1 or more");
        }
        SkipPreflight skip = SkipPreflight.of(skipPreflight, reason);
        Pipeline pipeline = new PipelineParser(options.request().allParameters())
                .parse(Path.of(arguments.get(0)));
        if (dryRun) {
            DryRun.print(pipeline, SelfCommand.argv(), out);
            return 0;
        }
        if (emit != null) {
            out.print(AirflowDag.render(pipeline));
            out.flush();
            return 0;
        }
        Path folder = runDirectory != null ? runDirectory : resume != null ? resume
                : Path.of("preflight-runs", pipeline.name() + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        return new PipelineRunner(pipeline, new RunOptions(maxParallel, folder, resume, skip, SelfCommand.argv()), out).run();
    }

    private Integer singleJob(PrintWriter out) throws InterruptedException {
        if (arguments.isEmpty()) {
            throw new UsageException("Missing required parameter: the job after '--' (preflight run --suite S -- JOB ARGS…),"
                    + " or name a pipeline file instead of --suite");
        }
        RunRequest pre = options.request();
        RunRequest postRequest = post.isEmpty() ? null : pre.withSuites(post);
        return new SingleJobRun(pre, postRequest, backfill, includeDegraded, strict, Path.of("").toAbsolutePath(), out).run(arguments);
    }

    private static void refuse(boolean given, String option) {
        if (given) {
            throw new UsageException(option + " belongs to the single-job form (preflight run --suite S … -- JOB);"
                    + " a pipeline file declares its gates itself" + (option.equals("--warehouse") ? ": pass --param warehouse=… instead" : ""));
        }
    }

    /**
     * {@code --suite} is required by every other command that runs suites, but here it picks the single-job form:
     * a pipeline file names its suites itself.
     */
    static final class SuiteOptional implements CommandLine.IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec command) {
            OptionSpec suite = command.findOption("--suite");
            command.remove(suite);
            command.addOption(OptionSpec.builder(suite).required(false).build());
            return command;
        }
    }
}
