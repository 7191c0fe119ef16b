package dev.preflight.runner.pipeline;

import dev.preflight.result.ResultJson;
import dev.preflight.runner.gate.ExitCode;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs a pipeline file: its pre-flight gates, then its jobs as their {@code needs} allow, up to
 * {@code --max-parallel} at once, each behind its own gates. A job that does not succeed, or a gate that does not
 * open, stops the jobs downstream of it and nothing else. Every change lands in the run record at once.
 */
public final class PipelineRunner {

    /** The environment variable naming the file where a job may report what it did (a backfill's ranges). */
    public static final String JOB_REPORT = "PREFLIGHT_JOB_REPORT";

    /** What a job that failed, timed out, was killed or could not start makes the run exit with. */
    public static final int JOB_FAILED = 4;

    private final Pipeline pipeline;
    private final RunOptions options;
    private final PrintWriter out;
    private final Placeholders placeholders;
    private final Processes processes = new Processes();
    private final Map<String, String> resumable;
    private RunRecord record;
    private StatusView view;
    private GateRunner gates;

    public PipelineRunner(Pipeline pipeline, RunOptions options, PrintWriter out) {
        this.pipeline = pipeline;
        this.options = options;
        this.out = out;
        this.placeholders = Placeholders.of(pipeline.parameters(), options.self());
        this.resumable = options.resume() == null ? Map.of() : RunRecord.completed(options.resume());
    }

    /** {@return the exit code: 0 all passed, 1 a gate closed, 2 a suite error, 3 could not verify, 4 a job failed} */
    public int run() throws InterruptedException {
        Path runDirectory = options.runDirectory();
        try {
            Files.createDirectories(runDirectory.resolve("logs"));
        } catch (IOException e) {
            throw new dev.preflight.runner.gate.UsageException("cannot create --run-dir " + runDirectory + ": " + e.getMessage());
        }
        record = new RunRecord(pipeline, placeholders, runDirectory, options.maxParallel(), options.resume());
        gates = new GateRunner(pipeline, placeholders, runDirectory, options.skip());
        Placeholders hashed = new Placeholders(placeholders.values(), List.of("${preflight}"));
        for (String id : pipeline.dag().order()) {
            JobSpec job = pipeline.job(id);
            String inputs = InputsHash.of(hashed.argv(job.run()), env(job), workdir(job), placeholders.parameters());
            record.add(new JobRecord(id, job.needs(), placeholders.argv(job.run()), inputs, runDirectory.resolve("logs").resolve(id + ".log")));
        }
        record.update(r -> { });
        out.println("pipeline " + pipeline.name() + ": " + pipeline.jobs().size() + " job(s) in " + pipeline.dag().groups().size()
                + " group(s), window " + placeholders.values().get("start_date") + ".." + placeholders.values().get("end_date")
                + ", at most " + options.maxParallel() + " at once; run folder " + runDirectory);
        Thread hook = new Thread(this::stop, "preflight-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try (StatusView status = StatusView.of(out, runDirectory)) {
            view = status;
            Map<String, Path> logs = new LinkedHashMap<>();
            pipeline.dag().order().forEach(id -> logs.put(id, record.job(id).log));
            view.jobs(logs);
            schedule();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // The JVM is shutting down (a signal): the hook runs, and keeps the record.
            }
        }
        int code = exitCode();
        record.update(r -> {
            if (!r.finished()) {
                r.finish("finished", code);
            }
        });
        summary(code);
        return code;
    }

    private void schedule() throws InterruptedException {
        for (int i = 0; i < pipeline.preflight().size(); i++) {
            GateOutcome gate = gates.run(pipeline.preflight().get(i), "pipeline.preflight." + (i + 1), true);
            record.update(r -> r.gate(gate));
            view.gate(gate);
            if (!gate.passable()) {
                for (String id : pipeline.dag().order()) {
                    skip(id, "the pipeline's pre-flight gate " + gate.id() + " is " + gate.verdict());
                }
                return;
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(options.maxParallel(), r -> {
            Thread thread = new Thread(r, "preflight-job");
            thread.setDaemon(true);
            return thread;
        });
        CompletionService<String> done = new ExecutorCompletionService<>(pool);
        Set<String> submitted = new HashSet<>();
        int inFlight = 0;
        try {
            while (true) {
                for (String id : pipeline.dag().order()) {
                    if (submitted.contains(id) || processes.stopping()) {
                        continue;
                    }
                    List<String> blockers = pipeline.dag().needs(id).stream().filter(n -> record.job(n).state.finished()
                            && !record.job(n).state.letsDownstreamRun()).toList();
                    if (!blockers.isEmpty()) {
                        submitted.add(id);
                        JobRecord blocker = record.job(blockers.get(0));
                        skip(id, "it needs " + blocker.id + ", which " + (blocker.state == JobState.SKIPPED ? "was skipped" : "ended " + blocker.state.word()));
                    } else if (pipeline.dag().needs(id).stream().allMatch(n -> record.job(n).state.letsDownstreamRun())) {
                        submitted.add(id);
                        done.submit(() -> {
                            work(id);
                            return id;
                        });
                        inFlight++;
                    }
                }
                if (inFlight == 0) {
                    return;
                }
                try {
                    done.take().get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
                inFlight--;
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** One job, start to end: resumed, or its pre-flight gates, its attempts, its post-flight gates. */
    private void work(String id) throws InterruptedException {
        JobSpec job = pipeline.job(id);
        JobRecord entry = record.job(id);
        if (entry.inputs.equals(resumable.get(id))) {
            change(id, JobState.RESUMED, "completed in " + options.resume() + " for the same window and inputs", r -> r.completed = true);
            return;
        }
        change(id, JobState.RUNNING, "", r -> r.started = Instant.now());
        for (int i = 0; i < job.preflight().size(); i++) {
            GateOutcome gate = gates.run(job.preflight().get(i), id + ".preflight." + (i + 1), true);
            record.update(id, r -> r.preflight.add(gate));
            view.gate(gate);
            if (!gate.passable()) {
                change(id, JobState.GATE_CLOSED, "its pre-flight gate " + gate.id() + " is " + gate.verdict() + "; the job did not start", r -> { });
                return;
            }
        }
        Path report = options.runDirectory().resolve("logs").resolve(id + ".report.json");
        Map<String, String> env = env(job);
        env.put(JOB_REPORT, report.toAbsolutePath().toString());
        Attempt attempt = null;
        for (int i = 0; i <= job.retries(); i++) {
            attempt = new JobProcess(processes).run(entry.command, env, workdir(job), entry.log, job.timeout());
            Attempt last = attempt;
            record.update(id, r -> r.attempts.add(last));
            if (attempt.succeeded() || attempt.end() == Attempt.End.COULD_NOT_START || attempt.end() == Attempt.End.INTERRUPTED) {
                break;
            }
        }
        if (!attempt.succeeded()) {
            String tries = job.retries() > 0 ? " (" + (job.retries() + 1) + " attempts)" : "";
            change(id, JobState.of(attempt.end()), attempt.message() + tries, r -> { });
            return;
        }
        record.update(id, r -> {
            r.completed = true;
            r.backfilled = backfilled(report);
        });
        for (int i = 0; i < job.postflight().size(); i++) {
            GateOutcome gate = gates.run(job.postflight().get(i), id + ".postflight." + (i + 1), false);
            record.update(id, r -> r.postflight.add(gate));
            view.gate(gate);
            if (gate.exitCode() != 0) {
                change(id, JobState.GATE_CLOSED, "its post-flight gate " + gate.id() + " is " + gate.verdict(), r -> { });
                return;
            }
        }
        change(id, JobState.SUCCEEDED, "", r -> { });
    }

    private void change(String id, JobState state, String detail, java.util.function.Consumer<JobRecord> more) {
        record.update(id, r -> {
            more.accept(r);
            r.state = state;
            r.message = detail;
            if (state.finished()) {
                r.ended = Instant.now();
            }
        });
        JobRecord entry = record.job(id);
        String located = state.finished() && !state.letsDownstreamRun() && state != JobState.SKIPPED
                ? pipeline.job(id).location() + ": job '" + id + "': " + detail + " (log " + options.runDirectory().relativize(entry.log) + ")" : detail;
        view.job(id, state, entry.started, entry.log, located);
    }

    private void skip(String id, String why) {
        change(id, JobState.SKIPPED, why, r -> { });
    }

    /**
     * SIGINT or SIGTERM (the shutdown hook): kill every running job's process tree, mark what was running or waiting
     * as interrupted, keep the record. The JVM then exits with the signal's code (130, 143).
     */
    private void stop() {
        if (record.finished()) {
            return;
        }
        processes.stop();
        record.update(r -> {
            for (String id : pipeline.dag().order()) {
                JobRecord job = r.job(id);
                if (!job.state.finished()) {
                    job.state = JobState.INTERRUPTED;
                    job.message = "the runner was stopped by a signal";
                    job.ended = Instant.now();
                }
            }
            r.finish("interrupted", 128 + 2);
        });
        out.println("pipeline " + pipeline.name() + ": stopped by a signal; running jobs and their process trees were killed."
                + " Run record: " + options.runDirectory().resolve(RunRecord.FILE) + " (continue with --resume " + options.runDirectory() + ")");
        out.flush();
    }

    private int exitCode() {
        int code = ExitCode.OPEN.code();
        List<GateOutcome> all = new ArrayList<>();
        synchronized (record) {
            for (String id : pipeline.dag().order()) {
                JobRecord job = record.job(id);
                all.addAll(job.preflight);
                all.addAll(job.postflight);
                if (job.state == JobState.FAILED || job.state == JobState.TIMED_OUT || job.state == JobState.KILLED
                        || job.state == JobState.COULD_NOT_START || job.state == JobState.INTERRUPTED) {
                    code = Math.max(code, JOB_FAILED);
                }
            }
        }
        all.addAll(gatesOfPipeline());
        for (GateOutcome gate : all) {
            if (gate.override().isEmpty()) {
                code = Math.max(code, gate.exitCode());
            }
        }
        return code;
    }

    private List<GateOutcome> gatesOfPipeline() {
        return record.pipelineGates();
    }

    private void summary(int code) {
        Map<JobState, Integer> counts = new LinkedHashMap<>();
        for (String id : pipeline.dag().order()) {
            counts.merge(record.job(id).state, 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((state, n) -> parts.add(n + " " + state.word()));
        out.println("pipeline " + pipeline.name() + ": " + String.join(", ", parts) + ". Exit code " + code + ". Run record: "
                + options.runDirectory().resolve(RunRecord.FILE));
        out.flush();
    }

    private Map<String, String> env(JobSpec job) {
        Map<String, String> env = new LinkedHashMap<>();
        job.env().forEach((k, v) -> env.put(k, placeholders.text(v)));
        return env;
    }

    private Path workdir(JobSpec job) {
        return job.workdir() == null ? pipeline.folder() : pipeline.folder().resolve(placeholders.text(job.workdir())).normalize();
    }

    /** What a job wrote to {@link #JOB_REPORT} under {@code backfilled}, or {@code null} when it wrote nothing. */
    private static com.fasterxml.jackson.databind.JsonNode backfilled(Path report) {
        if (!Files.isRegularFile(report)) {
            return null;
        }
        try {
            return ResultJson.read(Files.readString(report, StandardCharsets.UTF_8)).get("backfilled");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
