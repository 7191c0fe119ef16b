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

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}
