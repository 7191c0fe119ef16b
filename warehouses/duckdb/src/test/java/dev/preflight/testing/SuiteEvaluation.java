package dev.preflight.testing;

import dev.preflight.execution.CalendarLoader;
import dev.preflight.calendar.ExpectedCalendar;
import dev.preflight.check.CheckContext;
import dev.preflight.check.CheckResult;
import dev.preflight.metric.DatasetMetrics;
import dev.preflight.metric.Metric;
import dev.preflight.suite.CheckDefinition;
import dev.preflight.suite.Dataset;
import dev.preflight.suite.Suite;
import dev.preflight.execution.DatasetScanner;
import dev.preflight.plan.Scan;
import dev.preflight.plan.ScanPlanner;
import dev.preflight.duckdb.DuckDbWarehouse;
import dev.preflight.warehouse.StatementLog;
import dev.preflight.warehouse.Warehouse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a parsed suite against a DuckDB file the way the engine does (the calendar once, one scan per dataset, then
 * every check on the scan's metrics) but without JUnit, so a test can assert on {@link CheckResult}s and on the
 * statements sent.
 */
public final class SuiteEvaluation {

    private final Map<String, CheckResult> results;
    private final Map<String, Scan> scans;
    private final List<StatementLog.Entry> statements;

    private SuiteEvaluation(Map<String, CheckResult> results, Map<String, Scan> scans, List<StatementLog.Entry> statements) {
        this.results = results;
        this.scans = scans;
        this.statements = statements;
    }

    public static SuiteEvaluation run(Suite suite, Path database) {
        StatementLog log = new StatementLog();
        Map<String, CheckResult> results = new LinkedHashMap<>();
        Map<String, Scan> scans = new LinkedHashMap<>();
        try (Warehouse warehouse = log.observe(DuckDbWarehouse.open(database.toString()))) {
            ExpectedCalendar calendar = suite.calendarSpec()
                    .map(spec -> CalendarLoader.load(spec, suite.seasons(), () -> warehouse))
                    .orElse(null);
            for (Dataset dataset : suite.datasets()) {
                List<Metric> metrics = new ArrayList<>();
                dataset.checks().forEach(check -> metrics.addAll(check.spec().metrics()));
                Scan scan = ScanPlanner.plan(dataset, suite.window(), metrics, warehouse.dialect());
                DatasetMetrics computed = DatasetScanner.run(scan, warehouse);
                scans.put(dataset.id(), scan);
                for (CheckDefinition check : dataset.checks()) {
                    results.put(dataset.id() + "/" + check.id(),
                            check.spec().evaluate(new CheckContext(dataset.info(calendar != null), suite.window(), computed, calendar)));
                }
            }
        }
        return new SuiteEvaluation(results, scans, log.entries());
    }

    /** {@return the result of one check} */
    public CheckResult result(String datasetId, String checkId) {
        CheckResult result = results.get(datasetId + "/" + checkId);
        if (result == null) {
            throw new IllegalArgumentException("no check " + datasetId + "/" + checkId + "; evaluated: " + results.keySet());
        }
        return result;
    }

    public Scan scan(String datasetId) {
        return scans.get(datasetId);
    }

    /** {@return every statement sent, in order} */
    public List<StatementLog.Entry> statements() {
        return statements;
    }
}
