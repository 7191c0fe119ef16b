package dev.preflight.reports.allure;

import com.fasterxml.jackson.databind.JsonNode;
import dev.preflight.engine.Constants;
import dev.preflight.result.CheckOutcome;
import dev.preflight.result.ResultJson;

import java.util.Map;
import java.util.Optional;

/**
 * One finished check as its report entries tell it: the {@value Constants#RESULT} document, what the check
 * published for reports ({@value Constants#REPORT}), and its dataset's entries (the scan's SQL, per-date counts).
 *
 * @param uniqueId the check's JUnit unique id, by which the Allure result that belongs to it is recognised
 * @param details the {@value Constants#REPORT} document: the check's condition, owner, source and link template
 * @param sql the dataset's one scan, or empty when there was none
 * @param perDate the dataset's {@value Constants#PER_DATE} document, or a missing node
 */
record CheckReport(String uniqueId, CheckOutcome result, JsonNode details, Optional<String> sql, JsonNode perDate) {

    static CheckReport of(String uniqueId, Map<String, String> check, Map<String, String> dataset) {
        return of(uniqueId, check, DatasetEntries.of(dataset));
    }

    static CheckReport of(String uniqueId, Map<String, String> check, DatasetEntries dataset) {
        JsonNode details = check.containsKey(Constants.REPORT) ? ResultJson.read(check.get(Constants.REPORT))
                : com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        return new CheckReport(uniqueId, CheckOutcome.parse(check.get(Constants.RESULT)), details, dataset.sql(), dataset.perDate());
    }

    /**
     * A dataset's entries, read once for all its checks: the {@value Constants#PER_DATE} document runs to tens of KB on
     * multi-season suites, and every check of the dataset attaches from it.
     *
     * @param sql the dataset's one scan, or empty when there was none
     * @param perDate the dataset's {@value Constants#PER_DATE} document, or a missing node
     */
    record DatasetEntries(Optional<String> sql, JsonNode perDate) {

        static DatasetEntries of(Map<String, String> dataset) {
            JsonNode perDate = dataset.containsKey(Constants.PER_DATE) ? ResultJson.read(dataset.get(Constants.PER_DATE))
                    : com.fasterxml.jackson.databind.node.MissingNode.getInstance();
            return new DatasetEntries(Optional.ofNullable(dataset.get(Constants.SQL)), perDate);
        }
    }

    /**
     * {@return the check's identity across runs and entry points: suite name, dataset id and check id}; unlike
     * the JUnit unique id it holds no file path and no suite-engine prefix, so Allure's history survives a moved
     * file or a switch from Surefire to the gate
     */
    String historyKey() {
        return "preflight:" + result.text("suite") + "/" + result.text("dataset") + "/" + result.check();
    }

    String detail(String field) {
        JsonNode value = details.path(field);
        return value.isValueNode() ? value.asText() : "";
    }
}
