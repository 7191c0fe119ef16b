package dev.preflight.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.preflight.engine.ResultDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A gate's JSON result ({@code preflight gate --format json}, docs/gate-result.schema.json) as the summary reads
 * it. Fields the summary does not know are ignored, so a newer gate still makes a summary.
 *
 * @param verdict OPEN, DEGRADED, CLOSED, INVALID or UNVERIFIED
 * @param counts checks per outcome: passed, warned, failed, not_applicable, errored
 */
public record GateRun(String verdict, int exitCode, boolean strict, Map<String, Long> counts, List<SuiteResult> suites, List<String> warnings,
                      List<String> unverified) {

    /** A suite's datasets, window and, with {@code gate --per-date}, its calendar. */
    public record SuiteResult(String name, String file, String window, List<String> problems, List<DatasetResult> datasets,
                              Optional<Calendar> calendar) {
    }

    /**
     * A dataset and its checks.
     *
     * @param status READY, DEGRADED, BLOCKING or UNVERIFIED
     */
    public record DatasetResult(String id, String table, String status, List<String> requiredBy, List<ResultDocument> checks) {

        /** {@return the first coverage check that produced numbers} */
        public Optional<ResultDocument> coverage() {
            return checks.stream().filter(c -> c.type().equals("coverage") && c.observedNumber("expected_dates").isPresent()).findFirst();
        }

        public List<ResultDocument> checksOfType(String... types) {
            return checks.stream().filter(c -> List.of(types).contains(c.type())).toList();
        }
    }

    /** The expected calendar over the window: what the heatmap's columns are. */
    public record Calendar(List<LocalDate> seasonStarts, List<LocalDate> expected, List<LocalDate> bootstrap) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** @throws ReportException when the file is missing, unreadable or not a gate result */
    public static GateRun read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ReportException("gate result " + file + " does not exist; write it with "
                    + "`preflight gate … --format json --output " + file + " --per-date`");
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new ReportException("gate result " + file + " is not valid JSON: " + firstLine(e.getMessage()));
        }
        if (root == null || !root.isObject() || !root.has("verdict") || !root.path("suites").isArray()) {
            throw new ReportException("gate result " + file + " is not a preflight gate result: it has no 'verdict' and 'suites' "
                    + "(write it with `preflight gate --format json --output FILE`)");
        }
        if (root.path("format").asInt(1) != 1) {
            throw new ReportException("gate result " + file + " has format " + root.path("format") + "; this preflight reads format 1");
        }
        try {
            return of(root);
        } catch (RuntimeException e) {
            throw new ReportException("gate result " + file + " is damaged: " + e.getMessage());
        }
    }

    static GateRun of(JsonNode root) {
        List<SuiteResult> suites = new ArrayList<>();
        for (JsonNode suite : root.path("suites")) {
            List<DatasetResult> datasets = new ArrayList<>();
            for (JsonNode dataset : suite.path("datasets")) {
                List<ResultDocument> checks = new ArrayList<>();
                dataset.path("checks").forEach(check -> checks.add(ResultDocument.of(check)));
                datasets.add(new DatasetResult(dataset.path("id").asText(), dataset.path("table").asText(), dataset.path("status").asText(),
                        texts(dataset.path("required_by")), checks));
            }
            JsonNode window = suite.path("window");
            String windowText = window.has("start") ? window.path("start").asText() + ".." + window.path("end").asText() : "";
            suites.add(new SuiteResult(suite.path("name").asText(), suite.path("file").asText(), windowText, texts(suite.path("problems")),
                    datasets, calendar(suite.path("calendar"))));
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        root.path("counts").fields().forEachRemaining(count -> counts.put(count.getKey(), count.getValue().asLong()));
        return new GateRun(root.path("verdict").asText(), root.path("exit_code").asInt(), root.path("strict").asBoolean(), counts, suites,
                texts(root.path("warnings")), texts(root.path("unverified")));
    }

    public List<DatasetResult> datasets() {
        return suites.stream().flatMap(s -> s.datasets().stream()).toList();
    }

    private static Optional<Calendar> calendar(JsonNode calendar) {
        if (!calendar.isObject()) {
            return Optional.empty();
        }
        return Optional.of(new Calendar(dates(calendar.path("season_starts")), dates(calendar.path("expected_dates")),
                dates(calendar.path("bootstrap_dates"))));
    }

    private static List<LocalDate> dates(JsonNode array) {
        List<LocalDate> dates = new ArrayList<>();
        array.forEach(d -> dates.add(LocalDate.parse(d.asText())));
        return dates;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}
