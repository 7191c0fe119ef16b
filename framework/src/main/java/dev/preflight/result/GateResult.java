package dev.preflight.result;

import org.apiguardian.api.API;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * The gate's machine-readable result ({@code preflight gate --format json}, gate.json), for orchestrators and
 * reports; its schema is docs/gate-result.schema.json. Written by the gate, read back by {@code preflight report}.
 *
 * @param verdict OPEN, DEGRADED, CLOSED, INVALID or UNVERIFIED
 * @param counts checks per outcome, every outcome present
 * @param warnings discovery warnings (stale selections, duplicate resources)
 * @param unverified failures outside any check, which make the run unverified
 * @param dataOptions the command-line options that point another {@code preflight} command at the warehouse and
 *                    parameters this run read (e.g. {@code --warehouse x.duckdb}), so a report's next command is
 *                    complete; empty when the suites' own were used
 */
@API(status = MAINTAINED, since = "0.1")
public record GateResult(String verdict, int exitCode, boolean strict, Map<Outcome, Long> counts, List<SuiteOutcome> suites,
                         List<String> warnings, List<String> unverified, List<String> dataOptions) {

    /** Version of the document's layout; bumped on incompatible changes. */
    public static final int FORMAT = 1;

    /** Check fields copied when a check has them, in this order; each is described in docs/gate-result.schema.json. */
    private static final List<String> CHECK_FIELDS = List.of("check", "type", "severity", "outcome", "description", "message", "expected",
            "actual", "location", "error", "fallback", "waived_dates", "waivers");

    /** Fields only some checks have: waivers, fallbacks, samples and each check type's own lists. */
    public static final List<String> OPTIONAL_FIELDS = List.of("waived_dates", "waivers", "fallback", "samples", "short_dates",
            "failing_dates", "anomalies", "dependencies", "features", "schema", "history_trend", "history_warning");

    public GateResult {
        Map<Outcome, Long> all = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            all.put(outcome, counts.getOrDefault(outcome, 0L));
        }
        counts = java.util.Collections.unmodifiableMap(all);
        suites = List.copyOf(suites);
        warnings = List.copyOf(warnings);
        unverified = List.copyOf(unverified);
        dataOptions = List.copyOf(dataOptions);
    }

    /** A result of a run that used the suites' own warehouse and parameters. */
    public GateResult(String verdict, int exitCode, boolean strict, Map<Outcome, Long> counts, List<SuiteOutcome> suites,
                      List<String> warnings, List<String> unverified) {
        this(verdict, exitCode, strict, counts, suites, warnings, unverified, List.of());
    }

    public List<DatasetOutcome> datasets() {
        return suites.stream().flatMap(s -> s.datasets().stream()).toList();
    }

    public long count(Outcome outcome) {
        return counts.get(outcome);
    }

    /** {@return the gate's JSON document} */
    public ObjectNode write() {
        ObjectNode root = ResultJson.JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("verdict", verdict);
        root.put("exit_code", exitCode);
        root.put("strict", strict);
        ObjectNode countsNode = root.putObject("counts");
        for (Outcome outcome : Outcome.values()) {
            countsNode.put(outcome.countKey(), counts.get(outcome));
        }
        ArrayNode suitesNode = root.putArray("suites");
        for (SuiteOutcome suite : suites) {
            ObjectNode s = suitesNode.addObject();
            s.put("name", suite.name());
            s.put("file", suite.file());
            if (!suite.window().isEmpty()) {
                String[] window = suite.window().split("\\.\\.");
                s.putObject("window").put("start", window[0]).put("end", window[1]);
            }
            suite.calendar().ifPresent(calendar -> s.set("calendar", calendar.write()));
            if (!suite.verdict().isEmpty()) {
                s.put("verdict", suite.verdict());
            }
            ArrayNode problems = s.putArray("problems");
            suite.problems().forEach(problems::add);
            ArrayNode datasetsNode = s.putArray("datasets");
            for (DatasetOutcome dataset : suite.datasets()) {
                ObjectNode d = datasetsNode.addObject();
                d.put("id", dataset.id());
                d.put("table", dataset.table());
                d.put("status", dataset.status().name());
                // Figures of the dataset's run, as the engine published them (bytes only on BigQuery).
                for (String figure : DatasetOutcome.FIGURES) {
                    Long value = dataset.figures().get(figure);
                    if (value != null) {
                        d.put(figure, value);
                    }
                }
                ArrayNode requiredBy = d.putArray("required_by");
                dataset.requiredBy().forEach(requiredBy::add);
                ArrayNode checks = d.putArray("checks");
                for (CheckOutcome check : dataset.checks()) {
                    checks.add(check(check.document()));
                }
            }
        }
        ArrayNode warningsNode = root.putArray("warnings");
        warnings.forEach(warningsNode::add);
        ArrayNode unverifiedNode = root.putArray("unverified");
        unverified.forEach(unverifiedNode::add);
        ArrayNode dataOptionsNode = root.putArray("data_options");
        dataOptions.forEach(dataOptionsNode::add);
        return root;
    }

    /** {@return the gate's JSON document, indented as the gate writes it} */
    public String render() {
        return ResultJson.pretty(write());
    }

    /** Writes the gate's JSON document to {@code out} as {@link #render()} renders it; {@code out} stays open. */
    public void render(java.io.Writer out) {
        ResultJson.pretty(write(), out);
    }

    /** A check as the gate lists it: the published document without the fields its suite and dataset repeat. */
    private static ObjectNode check(JsonNode document) {
        ObjectNode check = ResultJson.JSON.createObjectNode();
        for (String field : CHECK_FIELDS) {
            if (document.has(field)) {
                check.set(field, document.get(field));
            }
        }
        check.set("observed", document.has("observed") ? document.get("observed") : ResultJson.JSON.createObjectNode());
        check.set("missing_dates", document.has("missing_dates") ? document.get("missing_dates") : ResultJson.JSON.createArrayNode());
        check.set("missing_ranges", document.has("missing_ranges") ? document.get("missing_ranges") : ResultJson.JSON.createArrayNode());
        for (String field : OPTIONAL_FIELDS) {
            if (document.has(field)) {
                check.set(field, document.get(field));
            }
        }
        return check;
    }

    /**
     * {@return the gate result a JSON document holds}; fields it does not know are ignored, so a newer gate's file
     * still reads. The caller checks {@code format} and the document's shape.
     */
    public static GateResult read(JsonNode root) {
        List<SuiteOutcome> suites = new ArrayList<>();
        for (JsonNode suite : root.path("suites")) {
            List<DatasetOutcome> datasets = new ArrayList<>();
            for (JsonNode dataset : suite.path("datasets")) {
                List<CheckOutcome> checks = new ArrayList<>();
                dataset.path("checks").forEach(check -> checks.add(CheckOutcome.of(check)));
                Map<String, Long> figures = new LinkedHashMap<>();
                for (String figure : DatasetOutcome.FIGURES) {
                    if (dataset.path(figure).isNumber()) {
                        figures.put(figure, dataset.path(figure).asLong());
                    }
                }
                List<String> requiredBy = texts(dataset.path("required_by"));
                DatasetOutcome computed = DatasetOutcome.of(dataset.path("id").asText(), dataset.path("table").asText(), requiredBy, figures, checks);
                DatasetStatus status = status(dataset.path("status").asText()).orElse(computed.status());
                datasets.add(new DatasetOutcome(computed.id(), computed.table(), status, requiredBy, figures, checks));
            }
            JsonNode window = suite.path("window");
            String windowText = window.has("start") ? window.path("start").asText() + ".." + window.path("end").asText() : "";
            JsonNode calendar = suite.path("calendar");
            suites.add(new SuiteOutcome(suite.path("name").asText(), suite.path("file").asText(), windowText, suite.path("verdict").asText(""),
                    texts(suite.path("problems")), datasets, calendar.isObject() ? Optional.of(SuiteCalendar.read(calendar)) : Optional.empty()));
        }
        Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            counts.put(outcome, root.path("counts").path(outcome.countKey()).asLong());
        }
        return new GateResult(root.path("verdict").asText(), root.path("exit_code").asInt(), root.path("strict").asBoolean(), counts, suites,
                texts(root.path("warnings")), texts(root.path("unverified")), texts(root.path("data_options")));
    }

    private static Optional<DatasetStatus> status(String word) {
        for (DatasetStatus status : DatasetStatus.values()) {
            if (status.name().equals(word)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }
}
