package dev.preflight.runner.pipeline;

import dev.preflight.source.SourceLocation;

import java.util.List;
import java.util.Map;

/**
 * One gate of a pipeline file: a suite run like {@code preflight gate}, before the pipeline, before a job or after it.
 *
 * @param suite the suite as written: {@code classpath:NAME}, or a file or folder relative to the pipeline file
 * @param tags JUnit tag expressions, as {@code gate --tag}; may be empty
 * @param params parameter overrides for the suite, placeholders not yet expanded
 * @param location where the gate is written
 */
public record GateSpec(String suite, List<String> tags, Map<String, String> params, SourceLocation location) {

    public GateSpec {
        tags = List.copyOf(tags);
        // The file's order, which the dry run, the Airflow DAG and the records print; Map.copyOf has none.
        params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
    }
}
