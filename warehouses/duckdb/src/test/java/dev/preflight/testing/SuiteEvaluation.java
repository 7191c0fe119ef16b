package dev.preflight.testing;

import dev.preflight.check.CheckResult;
import dev.preflight.duckdb.DuckDbDialect;
import dev.preflight.execution.CheckRun;
import dev.preflight.execution.DatasetRun;
import dev.preflight.execution.SuiteRun;
import dev.preflight.model.WarehouseSpec;
import dev.preflight.plan.DatasetPlan;
import dev.preflight.plan.Scan;
import dev.preflight.plan.SuitePlan;
import dev.preflight.suite.CheckDefinition;
import dev.preflight.suite.Suite;
import dev.preflight.warehouse.StatementLog;
import dev.preflight.warehouse.Warehouses;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a parsed suite against a DuckDB file through the engine's own plan and execution ({@link SuitePlan},
 * {@link DatasetRun}), without JUnit, so a test can assert on {@link CheckResult}s and on the statements sent. It plans
 * nothing itself: what it sends is what the engine sends for a full run of the suite.
 */
public final class SuiteEvaluation {

    private final Map<String, CheckRun> runs;
    private final Map<String, Scan> scans;
    private final List<StatementLog.Entry> statements;

    private SuiteEvaluation(Map<String, CheckRun> runs, Map<String, Scan> scans, List<StatementLog.Entry> statements) {
        this.runs = runs;
        this.scans = scans;
        this.statements = statements;
    }

    public static SuiteEvaluation run(Suite suite, Path database) {
        // The suite's own warehouse section is replaced by the file, as -Dpreflight.warehouse.path would replace it.
        Suite onDatabase = new Suite(suite.name(), suite.description(), suite.tags(), suite.owner(), suite.parameters(),
                new WarehouseSpec("duckdb", Map.of("path", database.toString()), suite.warehouse().location()), suite.window(),
                suite.calendar(), suite.seasons(), suite.datasets(), suite.location(), suite.waivers(), suite.verdict(), suite.history());
        SuitePlan plan = SuitePlan.of(onDatabase, DuckDbDialect.INSTANCE);
        Map<String, CheckRun> runs = new LinkedHashMap<>();
        Map<String, Scan> scans = new LinkedHashMap<>();
        try (SuiteRun run = new SuiteRun(onDatabase, Warehouses.load(SuiteEvaluation.class.getClassLoader()), LocalDate.now())) {
            if (plan.calendarStatement().isPresent()) {
                // The engine loads the calendar once, before the first dataset; a failure errors the checks that need it.
                try {
                    run.calendar();
                } catch (RuntimeException e) {
                    // kept by the run, reported by each check that needs the calendar
                }
            }
            for (DatasetPlan dataset : plan.datasets()) {
                DatasetRun datasetRun = DatasetRun.execute(run, dataset.dataset(), dataset.checks());
                datasetRun.scan().ifPresent(scan -> scans.put(dataset.dataset().id(), scan));
                for (CheckDefinition check : dataset.checks()) {
                    runs.put(dataset.dataset().id() + "/" + check.id(), datasetRun.check(check));
                }
            }
            return new SuiteEvaluation(runs, scans, run.log().entries());
        }
    }

    /**
     * {@return the result of one check, as the engine judged it (fallback and waivers applied)}
     *
     * @throws IllegalStateException when the check errored instead (its scan failed, or its type threw)
     */
    public CheckResult result(String datasetId, String checkId) {
        CheckRun run = runs.get(datasetId + "/" + checkId);
        if (run == null) {
            throw new IllegalArgumentException("no check " + datasetId + "/" + checkId + "; evaluated: " + runs.keySet());
        }
        if (run.result() == null) {
            throw new IllegalStateException("check " + datasetId + "/" + checkId + " errored: " + run.failure().getMessage(), run.failure());
        }
        return run.result();
    }

    public Scan scan(String datasetId) {
        return scans.get(datasetId);
    }

    /** {@return every statement sent, in order} */
    public List<StatementLog.Entry> statements() {
        return statements;
    }
}
