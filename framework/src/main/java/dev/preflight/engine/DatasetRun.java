package dev.preflight.engine;

import dev.preflight.calendar.ExpectedCalendar;
import dev.preflight.metric.DatasetMetrics;
import dev.preflight.metric.Metric;
import dev.preflight.model.CheckDefinition;
import dev.preflight.model.Dataset;
import dev.preflight.model.Suite;
import dev.preflight.plan.DatasetScanner;
import dev.preflight.plan.Scan;
import dev.preflight.plan.ScanPlanner;
import dev.preflight.suite.Problem;
import dev.preflight.suite.SuiteDefinitionException;
import dev.preflight.warehouse.Warehouse;
import dev.preflight.warehouse.WarehouseException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The scan of one dataset for the checks that are selected to run: one statement, then every check reads the
 * same metrics. A failure is kept as a value (Deequ's failure metrics) so that each check reports it as its own error.
 */
final class DatasetRun {

    private final Scan scan;
    private final DatasetMetrics metrics;
    private final ExpectedCalendar calendar;
    private final RuntimeException failure;

    private DatasetRun(Scan scan, DatasetMetrics metrics, ExpectedCalendar calendar, RuntimeException failure) {
        this.scan = scan;
        this.metrics = metrics;
        this.calendar = calendar;
        this.failure = failure;
    }

    static DatasetRun execute(SuiteRun suiteRun, Dataset dataset, List<CheckDefinition> checks) {
        Suite suite = suiteRun.suite();
        Scan scan = null;
        try {
            ExpectedCalendar calendar = checks.stream().anyMatch(c -> c.spec().needsCalendar()) ? suiteRun.calendar() : null;
            Warehouse warehouse = suiteRun.warehouse();
            List<Metric> metrics = new ArrayList<>();
            checks.forEach(c -> metrics.addAll(c.spec().metrics()));
            scan = ScanPlanner.plan(dataset, suite.window(), metrics, warehouse.dialect());
            try {
                return new DatasetRun(scan, DatasetScanner.run(scan, warehouse), calendar, null);
            } catch (WarehouseException e) {
                throw diagnose(warehouse, dataset, checks).<RuntimeException>map(d -> d).orElse(e);
            }
        } catch (RuntimeException e) {
            // Anything else that goes wrong in a scan is kept too: each check then errors, so nothing vanishes.
            return new DatasetRun(scan, null, null, e);
        }
    }

    /** A failed scan is often a suite's mistake; name the table or column that does not exist, where it is written. */
    private static Optional<SuiteDefinitionException> diagnose(Warehouse warehouse, Dataset dataset, List<CheckDefinition> checks) {
        Optional<Map<String, String>> columns;
        try {
            columns = warehouse.columns(dataset.table());
        } catch (WarehouseException e) {
            return Optional.empty();
        }
        if (columns.isEmpty()) {
            return Optional.of(new SuiteDefinitionException(new Problem(dataset.location(),
                    "table " + dataset.table() + " does not exist in " + warehouse.describe() + "; check 'table' of dataset '" + dataset.id() + "'")));
        }
        Set<String> known = columns.get().keySet();
        List<Problem> problems = new ArrayList<>();
        Set<String> datasetColumns = new LinkedHashSet<>();
        datasetColumns.add(dataset.dateColumn());
        datasetColumns.addAll(dataset.keys());
        for (String column : datasetColumns) {
            if (!known.contains(column)) {
                problems.add(new Problem(dataset.location(), missing(column, dataset, known)));
            }
        }
        for (CheckDefinition check : checks) {
            for (Metric metric : check.spec().metrics()) {
                for (String column : metric.columns()) {
                    if (!known.contains(column) && !datasetColumns.contains(column)) {
                        problems.add(new Problem(check.location(), missing(column, dataset, known)));
                    }
                }
            }
        }
        return problems.isEmpty() ? Optional.empty() : Optional.of(new SuiteDefinitionException(problems));
    }

    private static String missing(String column, Dataset dataset, Set<String> known) {
        return "column '" + column + "' does not exist in " + dataset.table() + dev.preflight.suite.Suggestions.hint(column, known)
                + "; its columns: " + String.join(", ", known);
    }

    Optional<Scan> scan() {
        return Optional.ofNullable(scan);
    }

    Optional<RuntimeException> failure() {
        return Optional.ofNullable(failure);
    }

    DatasetMetrics metrics() {
        return metrics;
    }

    ExpectedCalendar calendar() {
        return calendar;
    }
}
