package dev.preflight.plan;

import dev.preflight.calendar.CalendarLoader;
import dev.preflight.metric.Metric;
import dev.preflight.model.CheckDefinition;
import dev.preflight.model.Dataset;
import dev.preflight.model.Suite;
import dev.preflight.sql.SqlDialect;
import dev.preflight.warehouse.Statement;

import java.util.ArrayList;
import java.util.List;

/**
 * Every statement a full run of a suite sends, in the order the engine sends them: the calendar (when a check needs
 * it and it lives in the warehouse), then per dataset its one scan with the metrics of all its checks, its dependency
 * comparisons and its custom queries (samples, sent only for failing checks, are left out). Built by the same
 * planner calls the engine makes, so a dry run, a cost estimate or an offline SQL check sees the exact text.
 */
public final class SuiteStatements {

    private SuiteStatements() {
    }

    /** {@return the statements, never {@code null}} */
    public static List<Statement> of(Suite suite, SqlDialect dialect) {
        List<Statement> statements = new ArrayList<>();
        boolean needsCalendar = suite.datasets().stream().flatMap(d -> d.checks().stream()).anyMatch(c -> c.spec().needsCalendar());
        if (needsCalendar) {
            suite.calendarSpec().flatMap(spec -> CalendarLoader.statement(spec, suite.window(), dialect)).ifPresent(statements::add);
        }
        for (Dataset dataset : suite.datasets()) {
            if (dataset.checks().isEmpty()) {
                continue;
            }
            statements.add(scan(suite, dataset, dialect).statement());
            // Then what the engine sends besides the scan, each distinct one once: one comparison per upstream pair
            // and one statement per custom query. Samples run only for failing checks and are left out.
            java.util.Set<Object> planned = new java.util.HashSet<>();
            for (CheckDefinition check : dataset.checks()) {
                List<dev.preflight.check.CheckSpec> specs = new ArrayList<>(List.of(check.spec()));
                if (check.fallback() != null && check.fallback().alternative() != null) {
                    specs.add(check.fallback().alternative());
                }
                for (dev.preflight.check.CheckSpec spec : specs) {
                    spec.dependencies().stream().filter(planned::add).forEach(d -> suite.dataset(d.upstream()).ifPresent(upstream ->
                            statements.add(DependencyPlanner.plan(dataset, upstream, d, suite.window(), dialect))));
                    spec.queries().stream().filter(planned::add).forEach(q ->
                            statements.add(CustomQueries.plan(q, dataset, suite.window(), suite.parameters(), dialect)));
                }
            }
        }
        return List.copyOf(statements);
    }

    /** {@return the scan of one dataset for all its checks} */
    public static Scan scan(Suite suite, Dataset dataset, SqlDialect dialect) {
        List<Metric> metrics = new ArrayList<>();
        for (CheckDefinition check : dataset.checks()) {
            metrics.addAll(check.spec().metrics());
        }
        return ScanPlanner.plan(dataset, suite.window(), metrics, dialect);
    }
}
