package dev.preflight.engine;

import dev.preflight.execution.DatasetRun;
import dev.preflight.result.Outcome;

import dev.preflight.suite.CheckDefinition;
import dev.preflight.suite.Dataset;
import dev.preflight.suite.Suite;

/**
 * One finished check as reports see it: where it is written, what it decided, the {@value Constants#RESULT}
 * document it published, and the dataset's scan behind it.
 *
 * @param document the published JSON document; reports read it rather than {@code CheckResult}, so fields the
 *                 check library adds (waivers, fallbacks) reach them without another engine change
 * @param run the dataset's scan: SQL, per-date metrics and calendar (metrics are absent when the scan failed)
 * @param sourceUrlTemplate {@value Constants#REPORT_SOURCE_URL}, or empty
 * @param uniqueId the check's JUnit unique id, by which reports recognise the test that belongs to it
 */
record CheckReport(Suite suite, Dataset dataset, CheckDefinition check, Outcome outcome, String document, DatasetRun run,
                   String sourceUrlTemplate, String uniqueId) {

    /**
     * {@return the check's identity across runs and entry points: suite name, dataset id and check id}; unlike
     * the JUnit unique id it holds no file path and no suite-engine prefix, so Allure's history survives a moved
     * file or a switch from Surefire to the gate
     */
    String historyKey() {
        return "preflight:" + suite.name() + "/" + dataset.id() + "/" + check.id();
    }
}
