package dev.preflight.runner.pipeline;

import dev.preflight.source.SourceLocation;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One job of a pipeline file, as written: placeholders are expanded only when the run knows its window.
 *
 * @param id the job's id, unique in the file
 * @param run the program and its arguments (no shell); {@code ${preflight}} is an element of its own
 * @param needs ids of the jobs that must succeed first
 * @param preflight gates run before the job starts
 * @param postflight gates run after the job succeeded
 * @param timeout how long one attempt may run, or empty for no limit
 * @param retries attempts after the first when the command fails or times out
 * @param env environment variables added to the runner's
 * @param workdir the working directory, relative to the pipeline file's folder, or {@code null} for that folder
 * @param location where the job is written
 */
public record JobSpec(String id, List<String> run, List<String> needs, List<GateSpec> preflight, List<GateSpec> postflight,
                      Optional<Duration> timeout, int retries, Map<String, String> env, String workdir, SourceLocation location) {

    public JobSpec {
        run = List.copyOf(run);
        needs = List.copyOf(needs);
        preflight = List.copyOf(preflight);
        postflight = List.copyOf(postflight);
        // The file's order, which the dry run, the Airflow DAG and the records print; Map.copyOf has none.
        env = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(env));
    }
}
