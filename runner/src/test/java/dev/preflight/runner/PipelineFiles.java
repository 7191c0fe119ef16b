package dev.preflight.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.StreamSupport;

/** Pipeline files for tests, and what their runs recorded. */
final class PipelineFiles {

    private PipelineFiles() {
    }

    /** Writes a pipeline over the {@link Fixture} window; {@code body} holds the 'preflight:' and 'jobs:' lines. */
    static Path write(Path dir, String name, String... body) throws IOException {
        String text = String.join("\n", "preflight_pipeline: 1", "name: " + name,
                "parameters: {start_date: 2024-01-01, end_date: 2024-01-20}", String.join("\n", body), "");
        Path file = dir.resolve(name + ".yaml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** A job whose command is {@code sh -c SCRIPT}, indented under 'jobs:'. */
    static String shJob(String id, String needs, String script) {
        return "  - id: " + id + "\n    needs: [" + needs + "]\n    run: [sh, -c, " + yamlQuoted(script) + "]";
    }

    static String yamlQuoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    static JsonNode record(Path runDirectory) throws IOException {
        return new ObjectMapper().readTree(runDirectory.resolve("run.json").toFile());
    }

    static JsonNode job(JsonNode record, String id) {
        return StreamSupport.stream(record.path("jobs").spliterator(), false).filter(j -> j.path("id").asText().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no job " + id + " in " + record.toPrettyString()));
    }

    static Instant started(JsonNode record, String id) {
        return Instant.parse(job(record, id).path("started").asText());
    }

    static Instant ended(JsonNode record, String id) {
        return Instant.parse(job(record, id).path("ended").asText());
    }

    static String state(JsonNode record, String id) {
        return job(record, id).path("state").asText();
    }
}
