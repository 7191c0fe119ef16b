package dev.preflight.runner;

import dev.preflight.runner.gate.RunRequest;
import dev.preflight.runner.pipeline.PipelineRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code preflight run}: a pipeline job between a pre-flight and a post-flight gate, with optional exact backfills. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs a job only when its pre-flight gate opens, then gates its output.",
                "Exit 0 ok; 1 a gate closed; 2 usage or suite error; 3 could not verify; 4 the job or a backfill failed."},
        footer = {"", "Example (the seed's Phase 4 orchestrator):",
                "  preflight run --suite phase3_for_phase4.yaml --post phase4_postflight.yaml \\",
                "    --start-date 2021-10-19 --end-date 2026-01-03 \\",
                "    --backfill 'python3 {table}_backfill.py --start-date {start} --end-date {end}' \\",
                "    -- ./run_phase4.sh"})
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SuiteOptions options;

    @Option(names = "--post", paramLabel = "FILE|DIR|classpath:NAME", description = "Post-flight suite(s), run after the job succeeds. Repeatable.")
    List<String> post = new ArrayList<>();

    @Option(names = "--backfill", paramLabel = "COMMAND",
            description = "Shell command run once per missing range of a blocking table before gating again; placeholders {table} {start} {end} {dates}.")
    String backfill;

    @Option(names = "--include-degraded", description = "Also backfill the missing ranges of tables that only degrade the gate.")
    boolean includeDegraded;

    @Option(names = "--strict", description = "Warnings close the gates too.")
    boolean strict;

    @Parameters(arity = "1..*", paramLabel = "JOB", description = "The job and its arguments, after '--'.")
    List<String> job = new ArrayList<>();

    @Override
    public Integer call() throws IOException, InterruptedException {
        RunRequest pre = options.request();
        RunRequest postRequest = post.isEmpty() ? null
                : pre.withSuites(post);
        return new PipelineRun(pre, postRequest, backfill, includeDegraded, strict, Path.of("").toAbsolutePath(),
                spec.commandLine().getOut()).run(job);
    }
}
