package dev.preflight.benchmarks;

import dev.preflight.check.CheckContext;
import dev.preflight.check.CheckTypes;
import dev.preflight.check.DatasetFacts;
import dev.preflight.check.DatasetInfo;
import dev.preflight.duckdb.DuckDbDialect;
import dev.preflight.duckdb.DuckDbWarehouse;
import dev.preflight.execution.DatasetRun;
import dev.preflight.execution.DatasetScanner;
import dev.preflight.execution.SuiteRun;
import dev.preflight.metric.DatasetMetrics;
import dev.preflight.metric.QueryResult;
import dev.preflight.model.TableName;
import dev.preflight.plan.SuitePlan;
import dev.preflight.source.SourceLocation;
import dev.preflight.sql.Statement;
import dev.preflight.suite.CheckDefinition;
import dev.preflight.suite.Dataset;
import dev.preflight.suite.Suite;
import dev.preflight.suite.SuiteParser;
import dev.preflight.warehouse.Warehouses;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * The engine's own work on one dataset of {@code checks} checks, beyond the warehouse. A JMH operation is the whole
 * dataset (every check once); {@link PerCheck} divides the scores by {@code checks}, so its table is time per check.
 *
 * <ul>
 *   <li>{@link #parse}: the suite's YAML text read into a {@link Suite} (every check's spec built and validated);</li>
 *   <li>{@link #plan}: {@link SuitePlan#of}, i.e. {@code DatasetPlan} and {@code ScanPlanner}: the fused scan's SQL;</li>
 *   <li>{@link #evaluate}: each check judged on the already-computed {@link DatasetMetrics}, as the engine's judge
 *       calls it ({@code CheckSpec.evaluate} on a fresh {@link CheckContext});</li>
 *   <li>{@link #run}: {@link DatasetRun#execute}, what the engine does per dataset: plan, read the scan's rows into
 *       metrics, judge and record every check, against a {@link ReplayProvider replayed} warehouse (a map lookup per
 *       statement, no I/O).</li>
 * </ul>
 *
 * The scan's rows come from a real DuckDB scan of {@link SyntheticTable}, run once per JVM and shape in the set-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class EngineBenchmark {

    /** Checks on the one dataset. */
    @Param({"1", "20", "100", "1000", "10000"})
    public int checks;

    /** {@link SuiteShapes#text}: {@code values} (the wide suite) or {@code standard} (the 20-check suite, repeated). */
    @Param({"values", "standard"})
    public String shape;

    /** A fixed day, so that nothing depends on when the benchmark runs. */
    static final LocalDate TODAY = LocalDate.of(2025, 1, 1);
    private static final SourceLocation FILE = new SourceLocation(URI.create("file:///jmh.yaml"), "jmh.yaml", 1, 1);
    /** One DuckDB file per JVM, scanned once per shape and size. */
    private static Path table;

    private String text;
    private SuiteParser parser;
    private Suite suite;
    private Dataset dataset;
    private List<CheckDefinition> definitions;
    private DatasetMetrics metrics;
    private DatasetInfo info;
    private Warehouses warehouses;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        String recording = shape + "-" + checks;
        text = SuiteShapes.text(shape, checks, recording);
        ClassLoader loader = EngineBenchmark.class.getClassLoader();
        parser = new SuiteParser(CheckTypes.load(loader));
        suite = read();
        dataset = suite.datasets().get(0);
        definitions = dataset.checks();
        if (definitions.size() != checks) {
            throw new IllegalStateException("the suite has " + definitions.size() + " checks, expected " + checks);
        }
        SuitePlan plan = SuitePlan.of(suite, DuckDbDialect.INSTANCE);
        ReplayProvider.Recording recorded = record(plan, dataset.table());
        ReplayProvider.record(recording, recorded);
        try (ReplayProvider.Replay replay = new ReplayProvider.Replay(recording, recorded)) {
            metrics = DatasetScanner.run(plan.datasets().get(0).scan().orElseThrow(), replay);
        }
        info = dataset.info(suite.calendarSpec().isPresent());
        warehouses = Warehouses.load(loader);
        // Every check must be judged: an errored check would measure an exception's cost, not a check's.
        try (SuiteRun suiteRun = new SuiteRun(suite, warehouses, TODAY)) {
            DatasetRun run = DatasetRun.execute(suiteRun, dataset, definitions);
            for (CheckDefinition check : definitions) {
                run.check(check).error().ifPresent(e -> {
                    throw new IllegalStateException("check " + check.id() + " errored in the set-up run", e);
                });
            }
        }
    }

    /** Runs the plan's statements on the DuckDB table once and keeps their results. */
    private static synchronized ReplayProvider.Recording record(SuitePlan plan, TableName name) throws Exception {
        if (table == null) {
            table = SyntheticTable.create(Path.of(System.getProperty("java.io.tmpdir")));
        }
        Map<String, QueryResult> results = new HashMap<>();
        Map<TableName, Map<String, String>> columns = new HashMap<>();
        try (DuckDbWarehouse duckdb = DuckDbWarehouse.open(table.toString())) {
            for (Statement statement : plan.statements()) {
                results.put(statement.sql(), duckdb.execute(statement));
            }
            duckdb.columns(name).ifPresent(c -> columns.put(name, c));
        }
        return new ReplayProvider.Recording(results, columns);
    }

    private Suite read() {
        SuiteParser.Parsed parsed = parser.parse(text, FILE);
        if (parsed instanceof SuiteParser.Parsed.Valid valid) {
            return valid.suite();
        }
        throw new IllegalStateException("the benchmark's suite does not parse: " + parsed);
    }

    @Benchmark
    public Suite parse() {
        return read();
    }

    @Benchmark
    public SuitePlan plan() {
        return SuitePlan.of(suite, DuckDbDialect.INSTANCE);
    }

    @Benchmark
    public void evaluate(Blackhole blackhole) {
        for (CheckDefinition check : definitions) {
            CheckContext context = new CheckContext(info, suite.window(), metrics, null, TODAY, new TreeSet<>(), DatasetFacts.none());
            blackhole.consume(check.spec().evaluate(context));
        }
    }

    @Benchmark
    public DatasetRun run() {
        try (SuiteRun suiteRun = new SuiteRun(suite, warehouses, TODAY)) {
            return DatasetRun.execute(suiteRun, dataset, definitions);
        }
    }
}
