package dev.preflight.runner.gate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.preflight.engine.Constants;
import dev.preflight.result.CheckOutcome;
import dev.preflight.result.DatasetOutcome;
import dev.preflight.result.ResultJson;
import dev.preflight.result.SuiteCalendar;
import dev.preflight.source.Problem;
import dev.preflight.source.SuiteDefinitionException;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Collects the engine's events into a {@link RunResult}. It reads the JSON document every check publishes, so the
 * gate sees exactly what Surefire and reports see, without parsing messages.
 */
final class RunListener implements TestExecutionListener {

    private final RunResult result = new RunResult();
    private final Map<String, JsonNode> documents = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Long>> scans = new ConcurrentHashMap<>();
    private final Consumer<String> datasetStarted;

    RunListener(Consumer<String> datasetStarted) {
        this.datasetStarted = datasetStarted;
    }

    RunResult result() {
        return result;
    }

    @Override
    public void executionStarted(TestIdentifier identifier) {
        lastSegment(identifier).filter(s -> s.getType().equals(Constants.DATASET_SEGMENT))
                .ifPresent(s -> datasetStarted.accept(identifier.getDisplayName()));
    }

    @Override
    public synchronized void reportingEntryPublished(TestIdentifier identifier, ReportEntry entry) {
        String calendar = entry.getKeyValuePairs().get(Constants.CALENDAR);
        if (calendar != null) {
            try {
                JsonNode node = ResultJson.read(calendar);
                result.suite(node.path("suite_file").asText(), node.path("suite").asText()).calendar(SuiteCalendar.read(node));
            } catch (IllegalArgumentException e) {
                result.unverified("unreadable calendar of " + identifier.getDisplayName() + ": " + e.getMessage());
            }
            return;
        }
        String verdict = entry.getKeyValuePairs().get(Constants.VERDICT);
        if (verdict != null) {
            result.suite(entry.getKeyValuePairs().get("preflight.suite_file"), entry.getKeyValuePairs().get("preflight.suite")).verdict(verdict);
        }
        UniqueId id = identifier.getUniqueIdObject();
        if (id.getLastSegment().getType().equals(Constants.DATASET_SEGMENT) && entry.getKeyValuePairs().containsKey("preflight.statements")) {
            scans.put(datasetKey(id), figures(entry.getKeyValuePairs()));
        }
        String document = entry.getKeyValuePairs().get(Constants.RESULT);
        if (document != null) {
            try {
                documents.put(identifier.getUniqueId(), ResultJson.read(document));
            } catch (IllegalArgumentException e) {
                result.unverified("unreadable result of " + identifier.getDisplayName() + ": " + e.getMessage());
            }
        }
    }

    @Override
    public synchronized void executionFinished(TestIdentifier identifier, TestExecutionResult outcome) {
        JsonNode document = documents.remove(identifier.getUniqueId());
        if (document != null) {
            RunResult.Suite suite = result.suite(document.path("suite_file").asText(), document.path("suite").asText());
            JsonNode window = document.path("window");
            suite.window(window.path("start").asText() + ".." + window.path("end").asText());
            List<String> requiredBy = new ArrayList<>();
            document.path("required_by").forEach(n -> requiredBy.add(n.asText()));
            RunResult.Dataset dataset = suite.dataset(document.path("dataset").asText(), document.path("table").asText(), requiredBy);
            Map<String, Long> figures = scans.get(document.path("suite_file").asText() + "#" + document.path("dataset").asText());
            if (figures != null) {
                dataset.figures(figures);
            }
            dataset.add(CheckOutcome.of(document));
            return;
        }
        Throwable thrown = outcome.getThrowable().orElse(null);
        if (outcome.getStatus() == TestExecutionResult.Status.SUCCESSFUL || thrown == null) {
            return;
        }
        if (thrown instanceof SuiteDefinitionException invalid) {
            String file = invalid.problems().get(0).location().uri().toString();
            RunResult.Suite suite = result.suite(file, identifier.getDisplayName());
            for (Problem problem : invalid.problems()) {
                suite.problem(problem.toString());
            }
        } else {
            result.unverified(identifier.getDisplayName() + ": " + thrown);
        }
    }

    /** {@return the dataset's figures by gate field, from its entry's {@code preflight.*} keys} */
    private static Map<String, Long> figures(Map<String, String> entry) {
        Map<String, Long> figures = new java.util.LinkedHashMap<>();
        for (String figure : DatasetOutcome.FIGURES) {
            String value = entry.get("preflight." + figure);
            if (value != null) {
                figures.put(figure, Long.parseLong(value));
            }
        }
        return figures;
    }

    /** {@code suite URI#dataset id}, the same key the check documents give as suite_file and dataset. */
    private static String datasetKey(UniqueId id) {
        String suite = "";
        String dataset = "";
        for (UniqueId.Segment segment : id.getSegments()) {
            if (segment.getType().equals(Constants.SUITE_SEGMENT)) {
                suite = segment.getValue();
            } else if (segment.getType().equals(Constants.DATASET_SEGMENT)) {
                dataset = segment.getValue();
            }
        }
        return suite + "#" + dataset;
    }

    private static java.util.Optional<UniqueId.Segment> lastSegment(TestIdentifier identifier) {
        return java.util.Optional.of(identifier.getUniqueIdObject().getLastSegment());
    }
}
