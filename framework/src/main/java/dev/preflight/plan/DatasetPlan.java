package dev.preflight.plan;

import dev.preflight.check.CheckSpec;
import dev.preflight.metric.CustomQuery;
import dev.preflight.metric.Dependency;
import dev.preflight.metric.Metric;
import dev.preflight.sql.SqlDialect;
import dev.preflight.sql.Statement;
import dev.preflight.suite.CheckDefinition;
import dev.preflight.suite.Dataset;
import dev.preflight.suite.Suite;

import org.apiguardian.api.API;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Everything one dataset's run asks of the warehouse, decided before anything runs: the one scan with the metrics of
 * every selected check (and of their fallbacks), whether the table's columns are needed, one comparison per distinct
 * upstream pair and one statement per distinct custom query. The engine sends exactly {@link #statements()}; a dry
 * run, a cost estimate and an offline SQL analysis read the same list, so they cannot disagree with a real run.
 * Samples are planned only once a check has failed ({@link SamplePlanner}), and are not part of it.
 */
@API(status = INTERNAL, since = "0.1")
public final class DatasetPlan {

    private final Dataset dataset;
    private final List<CheckDefinition> checks;
    private final Scan scan;
    private final Map<Dependency, Statement> dependencies;
    private final Map<CustomQuery, Statement> queries;
    private final List<Statement> statements;

    private DatasetPlan(Dataset dataset, List<CheckDefinition> checks, Scan scan, Map<Dependency, Statement> dependencies,
                        Map<CustomQuery, Statement> queries, List<Statement> statements) {
        this.dataset = dataset;
        this.checks = List.copyOf(checks);
        this.scan = scan;
        this.dependencies = Collections.unmodifiableMap(dependencies);
        this.queries = Collections.unmodifiableMap(queries);
        this.statements = List.copyOf(statements);
    }

    /**
     * Plans the run of {@code checks}, a selection of the dataset's checks (all of them for a full run).
     *
     * @throws IllegalArgumentException when a check depends on a dataset the suite does not declare (the parser
     *         reports that as a suite problem first)
     */
    public static DatasetPlan of(Suite suite, Dataset dataset, List<CheckDefinition> checks, SqlDialect dialect) {
        List<Metric> metrics = new ArrayList<>();
        Map<Dependency, Statement> dependencies = new LinkedHashMap<>();
        Map<CustomQuery, Statement> queries = new LinkedHashMap<>();
        for (CheckDefinition check : checks) {
            for (CheckSpec spec : specs(check)) {
                metrics.addAll(spec.metrics());
                for (Dependency dependency : spec.dependencies()) {
                    if (!dependencies.containsKey(dependency)) {
                        Dataset upstream = suite.dataset(dependency.upstream()).orElseThrow(() -> new IllegalArgumentException(
                                "dataset " + dataset.id() + " depends on undeclared dataset " + dependency.upstream()));
                        Statement statement = DependencyPlanner.plan(dataset, upstream, dependency, suite.window(), dialect);
                        dependencies.put(dependency, statement);
                    }
                }
                for (CustomQuery query : spec.queries()) {
                    if (!queries.containsKey(query)) {
                        Statement statement = CustomQueries.plan(query, dataset, suite.window(), suite.parameters(), dialect);
                        queries.put(query, statement);
                    }
                }
            }
        }
        Scan scan = metrics.isEmpty() ? null : ScanPlanner.plan(dataset, suite.window(), metrics, dialect);
        List<Statement> statements = new ArrayList<>();
        if (scan != null) {
            statements.addAll(scan.statements());
        }
        statements.addAll(dependencies.values());
        statements.addAll(queries.values());
        return new DatasetPlan(dataset, checks, scan, dependencies, queries, statements);
    }

    /** {@return the specs a check may be judged by: its own, then its fallback's alternative when it has one} */
    public static List<CheckSpec> specs(CheckDefinition check) {
        return check.fallbackSpec().flatMap(f -> f.alternativeSpec()).map(alt -> List.of(check.spec(), alt))
                .orElseGet(() -> List.of(check.spec()));
    }

    /** {@return whether the check, or its fallback, needs what {@code need} tests for} */
    public static boolean needs(CheckDefinition check, Predicate<CheckSpec> need) {
        return specs(check).stream().anyMatch(need);
    }

    public Dataset dataset() {
        return dataset;
    }

    /** {@return the checks planned for, in file order} */
    public List<CheckDefinition> checks() {
        return checks;
    }

    /** {@return the one scan, or empty when no planned check needs a metric} */
    public Optional<Scan> scan() {
        return Optional.ofNullable(scan);
    }

    /** {@return whether a planned check reads the table's columns (fetched once, before the scan)} */
    public boolean needsSchema() {
        return checks.stream().anyMatch(c -> needs(c, CheckSpec::needsSchema));
    }

    /** {@return whether a planned check reads the expected calendar} */
    public boolean needsCalendar() {
        return checks.stream().anyMatch(c -> needs(c, CheckSpec::needsCalendar));
    }

    /** {@return each distinct upstream comparison with its statement, in check order} */
    public Map<Dependency, Statement> dependencies() {
        return dependencies;
    }

    /** {@return each distinct custom query with its statement, in check order} */
    public Map<CustomQuery, Statement> queries() {
        return queries;
    }

    /** {@return every statement the run sends, in order: the scan, the comparisons, then the queries} */
    List<Statement> statements() {
        return statements;
    }
}
