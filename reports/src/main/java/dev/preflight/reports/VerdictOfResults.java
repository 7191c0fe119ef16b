package dev.preflight.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.preflight.result.Outcome;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The verdict an Allure report leads with when no gate result is reported beside its results (Surefire's, or
 * {@code report --allure-results} alone): read back from the results Preflight wrote, by the outcome label each
 * carries. A failed check blocks, an unverified or invalid one blocks too (the gate fails closed), a warning degrades.
 */
final class VerdictOfResults {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OUTCOME_LABEL = "preflight.outcome";

    private VerdictOfResults() {
    }

    /** {@return READY, DEGRADED or BLOCKED, or empty when no result is a Preflight check} */
    static String read(Path results) throws IOException {
        boolean any = false;
        boolean degraded = false;
        try (Stream<Path> files = Files.list(results)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("-result.json")).toList()) {
                JsonNode result;
                try {
                    result = JSON.readTree(file.toFile());
                } catch (IOException e) {
                    continue;
                }
                String outcome = "";
                for (JsonNode label : result.path("labels")) {
                    if (OUTCOME_LABEL.equals(label.path("name").asText())) {
                        outcome = label.path("value").asText();
                    }
                }
                if (outcome.isEmpty()) {
                    continue;
                }
                any = true;
                if (outcome.equals(Outcome.WARNED.name()) && !"failed".equals(result.path("status").asText())) {
                    degraded = true;
                } else if (!outcome.equals(Outcome.PASSED.name()) && !outcome.equals(Outcome.NOT_APPLICABLE.name())) {
                    return Verdict.BLOCKED;
                }
            }
        }
        return !any ? "" : degraded ? Verdict.DEGRADED : Verdict.READY;
    }
}
