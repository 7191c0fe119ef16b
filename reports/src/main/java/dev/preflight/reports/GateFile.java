package dev.preflight.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.preflight.result.GateResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a gate's JSON result ({@code preflight gate --format json}, docs/gate-result.schema.json) for the summary,
 * with messages that say how to write one. The model and its lenient reading are {@link GateResult}'s.
 */
final class GateFile {

    private GateFile() {
    }

    /** @throws ReportException when the file is missing, unreadable or not a gate result */
    static GateResult read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ReportException("gate result " + file + " does not exist; write it with "
                    + "`preflight gate … --format json --output " + file + " --per-date`");
        }
        JsonNode root;
        try {
            root = JsonFiles.readRedacted(file);
        } catch (JsonProcessingException e) {
            throw new ReportException("gate result " + file + " is not valid JSON: " + firstLine(e.getMessage()));
        } catch (IOException e) {
            throw new ReportException("gate result " + file + " cannot be read: " + firstLine(e.getMessage()));
        }
        if (root == null || !root.isObject() || !root.has("verdict") || !root.path("suites").isArray()) {
            throw new ReportException("gate result " + file + " is not a preflight gate result: it has no 'verdict' and 'suites' "
                    + "(write it with `preflight gate --format json --output FILE`)");
        }
        if (root.path("format").asInt(GateResult.FORMAT) != GateResult.FORMAT) {
            throw new ReportException("gate result " + file + " has format " + root.path("format") + "; this preflight reads format " + GateResult.FORMAT);
        }
        try {
            return GateResult.read(root);
        } catch (RuntimeException e) {
            throw new ReportException("gate result " + file + " is damaged: " + e.getMessage());
        }
    }

    /**
     * {@return the gate's overrides ({@code preflight run --skip-preflight --reason}), one line each}: who ran past the
     * closed gate, when, why, and how many checks were failing; empty for a gate that no one overrode
     */
    static java.util.List<String> overrides(Path file) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        try {
            for (JsonNode override : JsonFiles.readRedacted(file).path("overrides")) {
                lines.add(override.path("user").asText() + " at " + override.path("time").asText() + ": " + override.path("reason").asText()
                        + " (" + override.path("failing_checks").size() + " failing check(s))");
            }
        } catch (IOException e) {
            // read() has read the same file a moment ago and said what is wrong with it.
        }
        return lines;
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}
