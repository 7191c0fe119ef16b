package dev.preflight.engine;

import dev.preflight.result.Outcome;

import dev.preflight.check.CheckResult;
import dev.preflight.result.CheckOutcome;
import dev.preflight.result.ResultJson;
import dev.preflight.suite.CheckDefinition;
import dev.preflight.suite.Dataset;
import dev.preflight.suite.Suite;
import dev.preflight.source.SuiteDefinitionException;
import org.junit.platform.engine.reporting.ReportEntry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The report entries a check publishes: flat keys for people and consoles, and {@value Constants#RESULT}, one JSON
 * document that gates and reports read instead of parsing messages.
 */
final class ResultEntries {

    private final Suite suite;
    private final Dataset dataset;
    private final CheckDefinition check;
    private final String sourceUrlTemplate;

    /** @param sourceUrlTemplate {@value Constants#REPORT_SOURCE_URL}, or empty */
    ResultEntries(Suite suite, Dataset dataset, CheckDefinition check, String sourceUrlTemplate) {
        this.suite = suite;
        this.dataset = dataset;
        this.check = check;
        this.sourceUrlTemplate = sourceUrlTemplate;
    }

    ReportEntry of(Outcome outcome, CheckResult result) {
        Map<String, Object> document = header(outcome);
        document.put("message", result.message());
        document.put("expected", result.expected());
        document.put("actual", result.actual());
        document.put("observed", result.observations());
        document.put("missing_dates", result.missingDates().stream().map(Object::toString).collect(Collectors.toList()));
        // Ordered maps, not Map.of: its iteration order changes from one JVM to the next, and so would the JSON's bytes.
        document.put("missing_ranges", result.missingRanges().stream()
                .map(r -> new CheckOutcome.MissingRange(r.first(), r.last(), r.count()).fields()).collect(Collectors.toList()));
        document.put("waived_dates", result.waivedDates().stream().map(Object::toString).collect(Collectors.toList()));
        result.details().forEach(document::putIfAbsent);
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put(Constants.OUTCOME, outcome.name());
        entry.put("preflight.severity", check.severity().label());
        entry.put("preflight.expected", result.expected());
        entry.put("preflight.actual", result.actual());
        result.observations().forEach((k, v) -> entry.put("preflight.observed." + k, String.valueOf(v)));
        if (!result.waivedDates().isEmpty()) {
            entry.put("preflight.waived_dates", result.waivedDates().stream().map(Object::toString).collect(Collectors.joining(",")));
        }
        for (String detail : List.of("fallback", "samples", "waivers")) {
            if (result.details().containsKey(detail)) {
                entry.put("preflight." + detail, json(result.details().get(detail)));
            }
        }
        unusedWaivers(result).ifPresent(unused -> entry.put("preflight.waiver.unused", unused));
        entry.put(Constants.RESULT, json(document));
        entry.put(Constants.REPORT, json(report()));
        // ReportEntry rejects blank values; a check that was not applicable has no expected or actual value.
        entry.values().removeIf(v -> v == null || v.isBlank());
        return ReportEntry.from(entry);
    }

    ReportEntry error(RuntimeException failure) {
        Map<String, Object> document = header(Outcome.ERRORED);
        document.put("message", failure.getMessage());
        document.put("error", failure instanceof SuiteDefinitionException ? CheckOutcome.SUITE_ERROR : CheckOutcome.WAREHOUSE_ERROR);
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put(Constants.OUTCOME, Outcome.ERRORED.name());
        entry.put(Constants.RESULT, json(document));
        entry.put(Constants.REPORT, json(report()));
        return ReportEntry.from(entry);
    }

    private Map<String, Object> header(Outcome outcome) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("suite", suite.name());
        document.put("suite_file", suite.location().uri().toString());
        document.put("dataset", dataset.id());
        document.put("table", dataset.table().toString());
        document.put("required_by", dataset.requiredBy());
        document.put("check", check.id());
        document.put("type", check.type());
        document.put("description", check.description());
        document.put("severity", check.severity().label());
        document.put("outcome", outcome.name());
        Map<String, String> window = new LinkedHashMap<>();
        window.put("start", suite.window().start().toString());
        window.put("end", suite.window().end().toString());
        document.put("window", window);
        document.put("location", check.location().toString());
        return document;
    }

    /** What reports show besides the result (see {@link Constants#REPORT}): data about the check, not its outcome. */
    private Map<String, Object> report() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("condition", check.spec().describe());
        report.put("owner", suite.owner());
        report.put("table_name", dataset.table().simpleName());
        report.put("uri", check.location().uri().toString());
        report.put("file", check.location().displayName());
        report.put("line", check.location().line());
        if (!sourceUrlTemplate.isBlank()) {
            report.put("source_url", sourceUrlTemplate);
        }
        return report;
    }

    /** A waiver that matched nothing is reported here, by reason and location, so a stale approval gets noticed. */
    private static java.util.Optional<String> unusedWaivers(CheckResult result) {
        if (!(result.details().get("waivers") instanceof List<?> waivers)) {
            return java.util.Optional.empty();
        }
        String unused = waivers.stream().filter(w -> w instanceof Map<?, ?> m && "unused".equals(m.get("status")))
                .map(w -> ((Map<?, ?>) w).get("reason") + " (" + ((Map<?, ?>) w).get("location") + ")").collect(Collectors.joining("; "));
        return unused.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(unused);
    }

    private static String json(Object document) {
        return ResultJson.write(document);
    }

    static List<String> keys() {
        return List.of(Constants.OUTCOME, Constants.RESULT);
    }
}
