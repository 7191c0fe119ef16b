package dev.preflight.engine;

import dev.preflight.check.CheckSpec;
import dev.preflight.execution.SuiteRun;

import dev.preflight.model.WarehouseSpec;
import dev.preflight.plan.DatasetPlan;
import dev.preflight.suite.Suite;
import dev.preflight.sql.Statement;
import dev.preflight.warehouse.StatementLog;
import dev.preflight.warehouse.Warehouses;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A suite file: a container of datasets. Opens the warehouse lazily and closes it when the suite is done. */
final class SuiteDescriptor extends AbstractTestDescriptor implements Node<PreflightExecutionContext> {

    private final Suite suite;

    SuiteDescriptor(UniqueId id, Suite suite) {
        super(id, suite.name(), Sources.of(suite.location()));
        this.suite = suite;
    }

    Suite suite() {
        return suite;
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }

    @Override
    public Set<TestTag> getTags() {
        return Tags.of(suite.tags());
    }

    @Override
    public PreflightExecutionContext before(PreflightExecutionContext context) {
        SuiteRun run = new SuiteRun(suite, Warehouses.load(Thread.currentThread().getContextClassLoader()), context.configuration().today());
        if (suite.calendar() != null && needsCalendar()) {
            // Load the calendar once, up front, so that each dataset's own statements are just its scan.
            // A failure is remembered by the run and reported by every check that needs the calendar.
            try {
                run.calendar();
            } catch (RuntimeException e) {
                // reported per check
            }
            CalendarEntry.publish(context, this, run);
        }
        // With a warehouse parallelism above 1, the datasets' scans start now, ahead of their nodes; each node then
        // takes its run in suite order, so the events are those of a sequential run.
        Map<dev.preflight.suite.Dataset, List<dev.preflight.suite.CheckDefinition>> datasets = new LinkedHashMap<>();
        for (var child : getChildren()) {
            if (child instanceof DatasetDescriptor dataset) {
                datasets.put(dataset.dataset(), dataset.checks());
            }
        }
        run.scanAhead(datasets);
        return context.with(run);
    }

    /** Asks as the plan does (a check's fallback counts too), so the calendar loads exactly when a plan says it will. */
    private boolean needsCalendar() {
        return getDescendants().stream().anyMatch(d -> d instanceof CheckDescriptor c
                && DatasetPlan.needs(c.check(), CheckSpec::needsCalendar));
    }

    /**
     * Publishes the suite's statement count: its datasets publish only their own, so the calendar (loaded once, up
     * front) would otherwise be invisible to anyone checking that a run costs one calendar and one scan per dataset.
     */
    @Override
    public void after(PreflightExecutionContext context) {
        try {
            List<StatementLog.Entry> statements = context.suiteRun().log().entries();
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("preflight.statements", String.valueOf(statements.size()));
            entry.put("preflight.calendar_statements",
                    String.valueOf(statements.stream().filter(s -> s.statement().kind() == Statement.Kind.CALENDAR).count()));
            // What ran, where, over which window: reports describe the run with it (Allure's environment).
            entry.put(Constants.SUITE_NAME, suite.name());
            entry.put(Constants.SUITE_SOURCE, suite.location().displayName());
            entry.put(Constants.SUITE_WAREHOUSE, describe(suite.warehouse()));
            entry.put(Constants.SUITE_WINDOW, suite.window().toString());
            context.listener().reportingEntryPublished(this, ReportEntry.from(entry));
            suite.verdictLabels().ifPresent(labels -> context.listener().reportingEntryPublished(this,
                    SuiteVerdict.entry(suite, labels, context.suiteRun().outcomes())));
        } finally {
            context.suiteRun().close();
        }
    }

    /** {@return the warehouse for people: its type and location, never a credential} */
    static String describe(WarehouseSpec warehouse) {
        StringBuilder text = new StringBuilder(warehouse.type());
        for (String key : new String[] {"path", "project", "dataset", "location"}) {
            String value = warehouse.settings().get(key);
            if (value != null && !value.isBlank()) {
                text.append(key.equals("path") ? " " : " " + key + "=").append(value);
            }
        }
        return text.toString();
    }
}
