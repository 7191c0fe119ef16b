package dev.preflight.runner.gate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The gate's machine-readable result for orchestrators (Airflow, Cloud Composer); its schema is
 * docs/gate-result.schema.json.
 */
public final class JsonSummary {

    /** Version of the document's layout; bumped on incompatible changes. */
    public static final int FORMAT = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Result fields copied when a check has them; each is described in docs/gate-result.schema.json. */
    static final java.util.List<String> OPTIONAL_FIELDS = java.util.List.of("waived_dates", "waivers", "fallback", "samples", "short_dates",
            "failing_dates", "dependencies", "features", "schema");

    private JsonSummary() {
    }

    public static ObjectNode of(RunResult result, boolean strict) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("verdict", result.verdict(strict));
        root.put("exit_code", result.exitCode(strict).code());
        root.put("strict", strict);
        ObjectNode counts = root.putObject("counts");
        for (String status : new String[] {"PASSED", "WARNED", "FAILED", "NOT_APPLICABLE", "ERRORED"}) {
            counts.put(status.toLowerCase(java.util.Locale.ROOT), result.count(status));
        }
        ArrayNode suites = root.putArray("suites");
        for (SuiteOutcome suite : result.suites()) {
            ObjectNode s = suites.addObject();
            s.put("name", suite.name());
            s.put("file", suite.file());
            if (!suite.window().isEmpty()) {
                String[] window = suite.window().split("\\.\\.");
                s.putObject("window").put("start", window[0]).put("end", window[1]);
            }
            suite.calendar().ifPresent(calendar -> s.set("calendar", calendar(calendar)));
            if (!suite.verdict().isEmpty()) {
                s.put("verdict", suite.verdict());
            }
            ArrayNode problems = s.putArray("problems");
            suite.problems().forEach(problems::add);
            ArrayNode datasets = s.putArray("datasets");
            for (DatasetOutcome dataset : suite.datasets()) {
                ObjectNode d = datasets.addObject();
                d.put("id", dataset.id());
                d.put("table", dataset.table());
                d.put("status", dataset.status().name());
                // Figures of the dataset's scan, as the engine published them (bytes only on BigQuery).
                for (String figure : new String[] {"statements", "bytes_processed", "bytes_billed"}) {
                    String value = dataset.scan().get("preflight." + figure);
                    if (value != null) {
                        d.put(figure, Long.parseLong(value));
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
        ArrayNode warnings = root.putArray("warnings");
        result.warnings().forEach(warnings::add);
        ArrayNode unverified = root.putArray("unverified");
        result.unverified().forEach(unverified::add);
        return root;
    }

    /** The per-date detail of {@code gate --per-date}: the suite's calendar, without the fields the suite repeats. */
    private static ObjectNode calendar(JsonNode published) {
        ObjectNode calendar = JSON.createObjectNode();
        for (String field : new String[] {"bootstrap_days", "season_starts", "expected_dates", "bootstrap_dates"}) {
            calendar.set(field, published.get(field));
        }
        return calendar;
    }

    private static ObjectNode check(JsonNode document) {
        ObjectNode check = JSON.createObjectNode();
        for (String field : new String[] {"check", "type", "severity", "outcome", "description", "message", "expected", "actual",
                "location", "error", "fallback", "waived_dates", "waivers"}) {
            if (document.has(field)) {
                check.set(field, document.get(field));
            }
        }
        check.set("observed", document.has("observed") ? document.get("observed") : JSON.createObjectNode());
        check.set("missing_dates", document.has("missing_dates") ? document.get("missing_dates") : JSON.createArrayNode());
        check.set("missing_ranges", document.has("missing_ranges") ? document.get("missing_ranges") : JSON.createArrayNode());
        // Fields only some checks have: waivers, fallbacks, samples and each check type's own lists.
        for (String field : OPTIONAL_FIELDS) {
            if (document.has(field)) {
                check.set(field, document.get(field));
            }
        }
        return check;
    }

    public static String render(RunResult result, boolean strict) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(of(result, strict));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot render the gate result as JSON", e);
        }
    }
}
