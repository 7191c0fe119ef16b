package dev.preflight.reports;

import dev.preflight.result.GateResult;
import dev.preflight.result.DatasetOutcome;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The summary's memory of earlier runs: a small JSON file beside the report, one entry per gate result (verdict,
 * and per table its coverage and status), newest last, at most {@value #KEPT} entries.
 */
public final class SummaryHistory {

    public static final String FILE = "history.json";
    static final int KEPT = 50;

    /**
     * One run.
     *
     * @param id identifies the gate result, so reporting the same result twice does not count as two runs
     * @param recordedAt ISO instant
     * @param tables per table: its status and, when it has a coverage check, the percentage
     */
    public record Run(String id, String recordedAt, String verdict, Map<String, TableState> tables) {
        public Run {
            tables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tables));
        }
    }

    /** A table's state in one run; coverage is absent for tables without a coverage check. */
    public record TableState(String status, Double coveragePercent) {
    }

    /** What {@link #load} found; a problem means the file was unreadable and its runs are lost to the trend. */
    public record Loaded(List<Run> runs, Optional<String> problem) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private SummaryHistory() {
    }

    public static Loaded load(Path file) {
        if (!Files.exists(file)) {
            return new Loaded(List.of(), Optional.empty());
        }
        try {
            JsonNode root = JsonFiles.read(file);
            if (root == null || !root.path("runs").isArray()) {
                return new Loaded(List.of(), Optional.of("it has no 'runs' list"));
            }
            List<Run> runs = new ArrayList<>();
            for (JsonNode run : root.path("runs")) {
                Map<String, TableState> tables = new LinkedHashMap<>();
                run.path("tables").fields().forEachRemaining(t -> tables.put(t.getKey(), new TableState(t.getValue().path("status").asText(),
                        t.getValue().path("coverage_percent").isNumber() ? t.getValue().path("coverage_percent").asDouble() : null)));
                if (!run.path("id").isTextual() || !run.path("verdict").isTextual()) {
                    return new Loaded(List.of(), Optional.of("a run has no 'id' or 'verdict'"));
                }
                runs.add(new Run(run.path("id").asText(), run.path("recorded_at").asText(), run.path("verdict").asText(), tables));
            }
            return new Loaded(runs, Optional.empty());
        } catch (IOException e) {
            return new Loaded(List.of(), Optional.of(e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("")));
        }
    }

    public static Run of(GateResult gate, Verdict verdict, String id, String recordedAt) {
        Map<String, TableState> tables = new LinkedHashMap<>();
        for (DatasetOutcome dataset : gate.datasets()) {
            tables.put(dataset.table(), new TableState(dataset.status().name(),
                    dataset.coverage().flatMap(c -> c.observedNumber("coverage_percent")).orElse(null)));
        }
        return new Run(id, recordedAt, verdict.word(), tables);
    }

    /** {@return the runs with {@code run} last; a run with the same id as the newest replaces it} */
    public static List<Run> append(List<Run> runs, Run run) {
        List<Run> all = new ArrayList<>(runs);
        if (!all.isEmpty() && all.get(all.size() - 1).id().equals(run.id())) {
            all.remove(all.size() - 1);
        }
        all.add(run);
        return List.copyOf(all.subList(Math.max(0, all.size() - KEPT), all.size()));
    }

    /** Writes through a temporary file, so a crash never leaves half a history behind. */
    public static void write(Path file, List<Run> runs) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", 1);
        ArrayNode array = root.putArray("runs");
        for (Run run : runs) {
            ObjectNode node = array.addObject();
            node.put("id", run.id());
            node.put("recorded_at", run.recordedAt());
            node.put("verdict", run.verdict());
            ObjectNode tables = node.putObject("tables");
            run.tables().forEach((table, state) -> {
                ObjectNode t = tables.putObject(table);
                t.put("status", state.status());
                if (state.coveragePercent() != null) {
                    t.put("coverage_percent", state.coveragePercent());
                }
            });
        }
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
