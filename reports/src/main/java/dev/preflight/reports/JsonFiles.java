package dev.preflight.reports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.preflight.source.Redaction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads the JSON files {@code preflight report} is given (a gate's result, the summary's and Allure's history)
 * within bounds: the size is checked before reading, and Jackson's own constraints bound nesting, so a damaged or
 * crafted file is a one-line message, not an out-of-memory error or a stack overflow.
 */
final class JsonFiles {

    /** A gate result with per-date calendars of a dozen seasons and hundreds of tables stays far below this. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    /** Gate results nest about six levels deep; Allure's history files fewer. */
    static final int MAX_DEPTH = 64;

    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxDocumentLength(MAX_BYTES).maxNestingDepth(MAX_DEPTH).build())
            .build());

    private JsonFiles() {
    }

    /** @throws IOException when the file cannot be read, is larger than {@link #MAX_BYTES}, or is not JSON within the bounds */
    static JsonNode read(Path file) throws IOException {
        requireWithinBound(file);
        return JSON.readTree(file.toFile());
    }

    /**
     * Reads the file within bounds and passes its text through {@link Redaction}: a file from elsewhere (an older
     * version, another tool) may hold a secret that must not reach a report.
     */
    static JsonNode readRedacted(Path file) throws IOException {
        requireWithinBound(file);
        return JSON.readTree(Redaction.redact(Files.readString(file, java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static void requireWithinBound(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new IOException(String.format(Locale.ROOT, "it is %.1f MiB, larger than the %d MiB Preflight reads",
                    size / (1024.0 * 1024.0), MAX_BYTES / (1024 * 1024)));
        }
    }
}
