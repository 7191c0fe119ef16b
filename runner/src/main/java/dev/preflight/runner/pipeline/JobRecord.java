package dev.preflight.runner.pipeline;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the run record holds of one job, as it changes. Guarded by its {@link RunRecord}'s lock: every change goes
 * through {@link RunRecord#update}, which writes the record afterwards.
 */
final class JobRecord {

    final String id;
    final List<String> needs;
    final List<String> command;
    final String inputs;
    final Path log;
    JobState state = JobState.PENDING;
    Instant started;
    Instant ended;
    String message = "";
    /** Whether its command succeeded (post-flight gates aside): what {@code --resume} skips. */
    boolean completed;
    final List<Attempt> attempts = new ArrayList<>();
    final List<GateOutcome> preflight = new ArrayList<>();
    final List<GateOutcome> postflight = new ArrayList<>();
    /** What a {@code preflight backfill} job reported it ran, or {@code null}. */
    JsonNode backfilled;

    JobRecord(String id, List<String> needs, List<String> command, String inputs, Path log) {
        this.id = id;
        this.needs = List.copyOf(needs);
        this.command = List.copyOf(command);
        this.inputs = inputs;
        this.log = log;
    }

    Integer exitCode() {
        return attempts.isEmpty() ? null : attempts.get(attempts.size() - 1).exitCode();
    }
}
