package dev.preflight.runner.pipeline;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A pipeline file, read and checked: its jobs form a DAG ({@link Dag}) and every placeholder names a parameter.
 *
 * @param name the pipeline's name (the file's name when it declares none)
 * @param description what it is for, or empty
 * @param file the pipeline file
 * @param parameters every parameter's value after the command line's overrides, in declaration order
 * @param preflight gates run before any job
 * @param jobs the jobs, in file order
 * @param dag the jobs' dependencies
 */
public record Pipeline(String name, String description, Path file, Map<String, String> parameters, List<GateSpec> preflight,
                       List<JobSpec> jobs, Dag dag) {

    public Pipeline {
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        preflight = List.copyOf(preflight);
        jobs = List.copyOf(jobs);
    }

    /** {@return the folder relative paths in the file resolve against} */
    public Path folder() {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null ? Path.of("").toAbsolutePath() : parent;
    }

    public JobSpec job(String id) {
        return jobs.stream().filter(j -> j.id().equals(id)).findFirst().orElseThrow();
    }
}
