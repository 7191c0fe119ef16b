package dev.preflight.runner.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.preflight.reports.AtomicFile;
import dev.preflight.result.ResultJson;
import dev.preflight.runner.gate.UsageException;
import dev.preflight.source.Redaction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The run record, {@code RUN_DIR/run.json} (docs/run-record.schema.json): every job and gate with its start, end,
 * exit code, attempts, verdicts, failing checks, backfilled ranges and overrides. It is written whole after every
 * change (a temporary file, then a rename), so a runner killed at any moment leaves a record that reads, and it
 * passes {@link Redaction} on the way out, so no secret reaches it.
 */
final class RunRecord {

    /** The record's file name in the run folder. */
    static final String FILE = "run.json";
    static final int FORMAT = 1;

    private final Pipeline pipeline;
    private final Placeholders placeholders;
    private final Path runDirectory;
    private final int maxParallel;
    private final Path resumedFrom;
    private final Instant started = Instant.now();
    private Instant ended;
    private String state = "running";
    private Integer exitCode;
    private final List<GateOutcome> gates = new ArrayList<>();
    private final Map<String, JobRecord> jobs = new LinkedHashMap<>();

    RunRecord(Pipeline pipeline, Placeholders placeholders, Path runDirectory, int maxParallel, Path resumedFrom) {
        this.pipeline = pipeline;
        this.placeholders = placeholders;
        this.runDirectory = runDirectory;
        this.maxParallel = maxParallel;
        this.resumedFrom = resumedFrom;
    }

    synchronized void add(JobRecord job) {
        jobs.put(job.id, job);
    }

    synchronized JobRecord job(String id) {
        return jobs.get(id);
    }

    /** Applies a change and writes the record. */
    synchronized void update(Consumer<RunRecord> change) {
        change.accept(this);
        save();
    }

    synchronized void update(String job, Consumer<JobRecord> change) {
        change.accept(jobs.get(job));
        save();
    }

    void gate(GateOutcome gate) {
        gates.add(gate);
    }

    /** {@return the gates run before any job} */
    synchronized List<GateOutcome> pipelineGates() {
        return List.copyOf(gates);
    }

    void finish(String how, int code) {
        state = how;
        exitCode = code;
        ended = Instant.now();
    }

    synchronized boolean finished() {
        return ended != null;
    }

    /** {@return what the {@code --resume}d run had completed: each completed job's inputs hash, by job id} */
    static Map<String, String> completed(Path runDirectory) {
        Path file = runDirectory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new UsageException("--resume " + runDirectory + ": it holds no " + FILE + "; name the --run-dir of an earlier run");
        }
        JsonNode root;
        try {
            root = ResultJson.read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            throw new UsageException("--resume " + runDirectory + ": " + FILE + " cannot be read (" + e.getMessage() + ")");
        }
        Map<String, String> completed = new HashMap<>();
        for (JsonNode job : root.path("jobs")) {
            if (job.path("completed").asBoolean(false)) {
                completed.put(job.path("id").asText(), job.path("inputs").asText());
            }
        }
        return completed;
    }

    private void save() {
        try {
            AtomicFile.write(runDirectory.resolve(FILE), Redaction.redact(ResultJson.pretty(json())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run record " + runDirectory.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }

    private ObjectNode json() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", FORMAT);
        root.put("pipeline", pipeline.name());
        root.put("file", pipeline.file().toAbsolutePath().normalize().toString());
        root.put("run_dir", runDirectory.toAbsolutePath().normalize().toString());
        root.put("state", state);
        root.put("exit_code", exitCode);
        root.put("started", started.toString());
        root.put("ended", ended == null ? null : ended.toString());
        if (resumedFrom != null) {
            root.put("resumed_from", resumedFrom.toAbsolutePath().normalize().toString());
        }
        root.put("max_parallel", maxParallel);
        root.putObject("window").put("start", placeholders.values().get("start_date")).put("end", placeholders.values().get("end_date"));
        ObjectNode parameters = root.putObject("parameters");
        placeholders.parameters().forEach(parameters::put);
        ArrayNode overrides = root.putArray("overrides");
        ArrayNode gatesNode = root.putArray("gates");
        gates.forEach(g -> gatesNode.add(gate(g, overrides)));
        ArrayNode jobsNode = root.putArray("jobs");
        for (JobRecord job : jobs.values()) {
            ObjectNode j = jobsNode.addObject();
            j.put("id", job.id);
            job.needs.forEach(j.putArray("needs")::add);
            j.put("state", job.state.word());
            j.put("completed", job.completed);
            j.put("inputs", job.inputs);
            job.command.forEach(j.putArray("command")::add);
            j.put("log", runDirectory.relativize(job.log).toString());
            j.put("started", job.started == null ? null : job.started.toString());
            j.put("ended", job.ended == null ? null : job.ended.toString());
            j.put("exit_code", job.exitCode());
            j.put("message", job.message);
            ArrayNode attempts = j.putArray("attempts");
            for (Attempt attempt : job.attempts) {
                ObjectNode a = attempts.addObject();
                a.put("started", attempt.started().toString());
                a.put("ended", attempt.ended().toString());
                a.put("exit_code", attempt.exitCode());
                a.put("end", attempt.end().name().toLowerCase(java.util.Locale.ROOT));
                a.put("message", attempt.message());
            }
            ArrayNode pre = j.putArray("preflight");
            job.preflight.forEach(g -> pre.add(gate(g, overrides)));
            ArrayNode post = j.putArray("postflight");
            job.postflight.forEach(g -> post.add(gate(g, overrides)));
            if (job.backfilled != null) {
                j.set("backfilled", job.backfilled);
            }
        }
        return root;
    }

    private ObjectNode gate(GateOutcome gate, ArrayNode overrides) {
        ObjectNode g = JsonNodeFactory.instance.objectNode();
        g.put("id", gate.id());
        g.put("suite", gate.suite());
        g.put("started", gate.started().toString());
        g.put("ended", gate.ended().toString());
        g.put("exit_code", gate.exitCode());
        g.put("verdict", gate.verdict());
        gate.failingChecks().forEach(g.putArray("failing_checks")::add);
        // A suite that could not run at all (it does not exist) leaves no gate.json: the failing check says why.
        if (Files.isRegularFile(gate.directory().resolve("gate.json"))) {
            g.put("result", runDirectory.relativize(gate.directory().resolve("gate.json")).toString());
            g.put("allure_results", runDirectory.relativize(gate.directory().resolve("allure-results")).toString());
        }
        gate.override().ifPresent(o -> {
            g.set("override", GateRunner.json(o));
            overrides.add(GateRunner.json(o));
        });
        return g;
    }
}
