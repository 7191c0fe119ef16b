package dev.preflight.execution;

import dev.preflight.result.Outcome;
import dev.preflight.calendar.ExpectedCalendar;
import dev.preflight.check.CheckContext;
import dev.preflight.check.CheckResult;
import dev.preflight.check.CheckSpec;
import dev.preflight.check.DatasetFacts;
import dev.preflight.check.DatasetInfo;
import dev.preflight.check.SampleSource;
import dev.preflight.metric.CustomQuery;
import dev.preflight.metric.DatasetMetrics;
import dev.preflight.metric.Dependency;
import dev.preflight.metric.DependencyGaps;
import dev.preflight.suite.CheckDefinition;
import dev.preflight.suite.Dataset;
import dev.preflight.model.SampleRequest;
import dev.preflight.suite.Suite;
import dev.preflight.model.Waiver;
import dev.preflight.plan.CustomQueries;
import dev.preflight.plan.DatasetPlan;
import dev.preflight.plan.DependencyPlanner;
import dev.preflight.plan.SamplePlanner;
import dev.preflight.plan.Scan;
import dev.preflight.source.Problem;
import dev.preflight.source.SuiteDefinitionException;
import dev.preflight.metric.QueryResult;
import dev.preflight.sql.Statement;
import dev.preflight.warehouse.StatementLog;
import dev.preflight.warehouse.Warehouse;
import dev.preflight.warehouse.WarehouseException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The run of one dataset for the checks that are selected: plan, fetch, judge. Every aggregate metric comes from one
 * scan; the only other statements are the table's metadata (once, for schema checks), one comparison per upstream
 * pair, one per custom query, and one per sampled check that did not pass. A failure is kept as a value (Deequ's
 * failure metrics) and errors only the checks that needed what failed.
 */
public final class DatasetRun {

    private final Scan scan;
    private final DatasetMetrics metrics;
    private final ExpectedCalendar calendar;
    private final RuntimeException failure;
    private final Map<String, CheckRun> checks;
    private final StatementLog statements;

    private DatasetRun(Scan scan, DatasetMetrics metrics, ExpectedCalendar calendar, RuntimeException failure, Map<String, CheckRun> checks,
                       StatementLog statements) {
        this.scan = scan;
        this.metrics = metrics;
        this.calendar = calendar;
        this.failure = failure;
        this.checks = checks;
        this.statements = statements;
    }

    /**
     * Runs the dataset's checks, or takes the run {@link SuiteRun#scanAhead started ahead} for them, and records the
     * outcomes with the suite's run in the order the engine asks.
     */
    public static DatasetRun execute(SuiteRun suiteRun, Dataset dataset, List<CheckDefinition> checks) {
        return record(suiteRun, suiteRun.takeAhead(dataset, checks).orElseGet(() -> compute(suiteRun, dataset, checks)));
    }

    /** The run itself, on any thread: it touches the suite's run only through its synchronized resources. */
    static DatasetRun compute(SuiteRun suiteRun, Dataset dataset, List<CheckDefinition> checks) {
        Suite suite = suiteRun.suite();
        Map<String, CheckRun> runs = new LinkedHashMap<>();
        StatementLog own = new StatementLog();
        Warehouse warehouse;
        DatasetPlan plan;
        try {
            // The dataset's own log, so its statements are known even when datasets run at once.
            warehouse = own.observe(suiteRun.warehouse());
            plan = DatasetPlan.of(suite, dataset, checks, warehouse.dialect());
        } catch (RuntimeException e) {
            // Whatever goes wrong is kept as each check's error, so no check vanishes from the results.
            checks.forEach(c -> runs.put(c.id(), CheckRun.failed(c, e)));
            return new DatasetRun(null, null, null, e, runs, own);
        }
        Fetched fetched = new Fetched();

        // The calendar, once per suite.
        ExpectedCalendar calendar = null;
        RuntimeException calendarFailure = null;
        if (plan.needsCalendar()) {
            try {
                calendar = suiteRun.calendar();
            } catch (RuntimeException e) {
                calendarFailure = e;
            }
        }

        // The table's columns, once, before the scan: a schema check judges a table the scan cannot read.
        Optional<Map<String, String>> columns = Optional.empty();
        boolean schemaFetched = false;
        if (plan.needsSchema()) {
            try {
                columns = warehouse.columns(dataset.table());
                schemaFetched = true;
            } catch (WarehouseException e) {
                fetched.schemaFailure = e;
            }
        }

        // The one scan.
        Scan scan = plan.scan().orElse(null);
        DatasetMetrics metrics = null;
        RuntimeException scanFailure = null;
        Map<String, RuntimeException> rejected = Map.of();
        if (scan != null) {
            try {
                metrics = DatasetScanner.run(scan, warehouse);
            } catch (WarehouseException e) {
                Optional<Map<String, String>> known = schemaFetched ? columns : null;
                Diagnosis.Rejections rejections = Diagnosis.missing(warehouse, dataset, checks, known)
                        .orElseGet(() -> Diagnosis.isolate(warehouse, suite, dataset, checks));
                if (rejections.dataset() != null) {
                    scanFailure = rejections.dataset();
                } else if (rejections.checks().isEmpty()) {
                    scanFailure = e;
                } else {
                    // Each rejected check (or one naming a column the table lacks) errors alone; the others are scanned again without it.
                    rejected = rejections.checks();
                    Map<String, RuntimeException> skip = rejected;
                    List<CheckDefinition> rest = checks.stream().filter(c -> !skip.containsKey(c.id())).toList();
                    scan = DatasetPlan.of(suite, dataset, rest, warehouse.dialect()).scan().orElse(null);
                    try {
                        metrics = scan == null ? null : DatasetScanner.run(scan, warehouse);
                    } catch (RuntimeException again) {
                        scanFailure = again;
                    }
                }
            } catch (RuntimeException e) {
                scanFailure = e;
            }
        }
        if (metrics == null) {
            metrics = new DatasetMetrics(List.of(), Map.of());
        }

        // One comparison per distinct upstream pair, one statement per distinct query, as planned.
        plan.dependencies().forEach((d, statement) -> fetched.dependency(d, statement, suite, dataset, warehouse));
        plan.queries().forEach((q, statement) -> fetched.query(q, statement, warehouse));
        DatasetFacts facts = new DatasetFacts(columns.orElse(Map.of()), columns.isPresent(), schemaFetched,
                fetched.gaps, fetched.results);

        DatasetInfo info = dataset.info(suite.calendarSpec().isPresent());
        DatasetHistory history = DatasetHistory.of(suiteRun, dataset);
        for (CheckDefinition check : checks) {
            Optional<RuntimeException> missing = Optional.ofNullable(rejected.get(check.id())).or(() -> fetched.failureFor(check));
            if (missing.isEmpty() && scanFailure != null && DatasetPlan.needs(check, s -> !s.metrics().isEmpty())) {
                missing = Optional.of(scanFailure);
            }
            if (missing.isEmpty() && calendarFailure != null && DatasetPlan.needs(check, CheckSpec::needsCalendar)) {
                missing = Optional.of(calendarFailure);
            }
            if (missing.isPresent()) {
                runs.put(check.id(), CheckRun.failed(check, missing.get()));
                continue;
            }
            List<Waiver> waivers = suite.waiversOf(dataset.id(), check.id());
            CheckContext context = new CheckContext(info, suite.window(), metrics, calendar, suiteRun.today(),
                    activeDates(waivers, suite, suiteRun.today()), facts, history.earlier(check, suite.window()));
            CheckResult result;
            try {
                result = CheckJudge.judge(check, context, waivers);
            } catch (RuntimeException e) {
                // A check may find the suite at fault only on the data (a custom query of the wrong shape), or a
                // check type may have a bug: either errors this check only, never its dataset's other checks.
                runs.put(check.id(), CheckRun.failed(check, e));
                continue;
            }
            result = history.record(check, context, result);
            CheckRun run = CheckRun.judged(check, result);
            if (run.outcome() != Outcome.PASSED && check.samples() != null) {
                run = CheckRun.judged(check, sample(check, result, suite, dataset, warehouse));
            }
            runs.put(check.id(), run);
        }
        if (scanFailure == null && scan != null) {
            history.recordScan(metrics, suite.window());
        }
        // History is written after judging and never changes a verdict: a failure is a warning on the checks that use it.
        history.write().ifPresent(warning -> history.warned(runs).forEach(id -> {
            CheckRun judged = runs.get(id);
            runs.put(id, CheckRun.judged(judged.check(), judged.result().withDetail(DatasetHistory.WARNING, warning)));
        }));
        RuntimeException datasetFailure = scanFailure != null && runs.values().stream().allMatch(r -> r.failure() != null) ? scanFailure : null;
        return new DatasetRun(scan, metrics, calendar, datasetFailure, runs, own);
    }

    private static DatasetRun record(SuiteRun suiteRun, DatasetRun run) {
        run.checks.values().forEach(r -> suiteRun.record(r.outcome()));
        return run;
    }

    /** Waived dates of unexpired waivers, within the window. */
    private static TreeSet<LocalDate> activeDates(List<Waiver> waivers, Suite suite, LocalDate today) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (Waiver waiver : waivers) {
            if (!waiver.isExpiredOn(today)) {
                waiver.dates().stream().filter(suite.window()::contains).forEach(dates::add);
            }
        }
        return dates;
    }

    /** One extra statement for a sampled check that did not pass; a failed sample is reported, never fatal. */
    private static CheckResult sample(CheckDefinition check, CheckResult result, Suite suite, Dataset dataset, Warehouse warehouse) {
        SampleRequest request = check.samples();
        Map<String, Object> samples = new LinkedHashMap<>();
        samples.put("limit", request.limit());
        samples.put("columns", request.columns());
        Optional<SampleSource> source = check.spec().failingRows();
        try {
            Statement statement = source.get() instanceof SampleSource.Query query
                    ? CustomQueries.sample(query.query(), dataset, suite.window(), suite.parameters(), warehouse.dialect(), request.columns(), request.limit())
                    : SamplePlanner.plan(dataset, suite.window(), ((SampleSource.Rows) source.get()).predicate(), request.columns(),
                            request.limit(), warehouse.dialect());
            QueryResult rows = warehouse.execute(statement);
            List<List<Object>> out = new ArrayList<>();
            for (List<Object> row : rows.rows()) {
                List<Object> values = new ArrayList<>();
                row.forEach(v -> values.add(jsonValue(v)));
                out.add(values);
            }
            samples.put("rows", out);
        } catch (WarehouseException e) {
            samples.put("rows", List.of());
            samples.put("error", e.getMessage());
        }
        return result.withDetail("samples", samples);
    }

    /**
     * Sample values as JSON can hold them: numbers, booleans and text; a list (a warehouse's ARRAY) element by element;
     * anything else (dates, timestamps) as its ISO text.
     */
    private static Object jsonValue(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean || value instanceof String) {
            return value;
        }
        if (value instanceof List<?> list) {
            List<Object> elements = new ArrayList<>(list.size());
            list.forEach(element -> elements.add(jsonValue(element)));
            return elements;
        }
        return String.valueOf(value);
    }

    /** The statements besides the scan, each run once, with what each returned or why it failed. */
    private static final class Fetched {
        final Map<Dependency, DependencyGaps> gaps = new LinkedHashMap<>();
        final Map<CustomQuery, QueryResult> results = new LinkedHashMap<>();
        final Map<Object, RuntimeException> failures = new LinkedHashMap<>();
        RuntimeException schemaFailure;

        void dependency(Dependency dependency, Statement statement, Suite suite, Dataset dataset, Warehouse warehouse) {
            Dataset upstream = suite.dataset(dependency.upstream()).orElseThrow();
            try {
                gaps.put(dependency, DependencyPlanner.read(warehouse.execute(statement), statement.label()));
            } catch (WarehouseException e) {
                failures.put(dependency, Diagnosis.ofDependency(warehouse, dataset, upstream, dependency).<RuntimeException>map(d -> d).orElse(e));
            }
        }

        void query(CustomQuery query, Statement statement, Warehouse warehouse) {
            try {
                results.put(query, warehouse.execute(statement));
            } catch (WarehouseException e) {
                // The query is the author's SQL: a query the warehouse rejects is a mistake in the suite, located.
                failures.put(query, new SuiteDefinitionException(new Problem(query.location(),
                        "the query failed in " + warehouse.describe() + ": " + e.getMessage())));
            }
        }

        Optional<RuntimeException> failureFor(CheckDefinition check) {
            List<RuntimeException> found = new ArrayList<>();
            DatasetPlan.specs(check).forEach(spec -> {
                spec.dependencies().stream().map(failures::get).filter(java.util.Objects::nonNull).forEach(found::add);
                spec.queries().stream().map(failures::get).filter(java.util.Objects::nonNull).forEach(found::add);
                if (spec.needsSchema() && schemaFailure != null) {
                    found.add(schemaFailure);
                }
            });
            return found.stream().findFirst();
        }
    }

    public Optional<Scan> scan() {
        return Optional.ofNullable(scan);
    }

    /** {@return the statements this dataset's run sent, in order (the suite's calendar is the suite's)} */
    public List<StatementLog.Entry> statements() {
        return statements.entries();
    }

    /** {@return the failure shared by every check of the dataset, e.g. its scan when all checks needed it} */
    public Optional<RuntimeException> failure() {
        return Optional.ofNullable(failure);
    }

    public DatasetMetrics metrics() {
        return metrics;
    }

    public ExpectedCalendar calendar() {
        return calendar;
    }

    /** {@return the check's run; every check the dataset ran with has one} */
    public CheckRun check(CheckDefinition check) {
        CheckRun run = checks.get(check.id());
        if (run == null) {
            throw new IllegalStateException("check " + check.id() + " was not part of the run of dataset " + check.location());
        }
        return run;
    }
}
