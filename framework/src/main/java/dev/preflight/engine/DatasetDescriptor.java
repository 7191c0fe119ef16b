package dev.preflight.engine;

import dev.preflight.execution.DatasetRun;

import dev.preflight.suite.CheckDefinition;
import dev.preflight.suite.Dataset;
import dev.preflight.suite.Suite;
import dev.preflight.warehouse.StatementLog;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A dataset: a container of checks. Its {@code before} runs the one scan for the checks still in the tree after
 * filtering, so a tag filter that keeps two checks computes only their metrics.
 */
final class DatasetDescriptor extends AbstractTestDescriptor implements Node<PreflightExecutionContext> {

    private final Suite suite;
    private final Dataset dataset;

    DatasetDescriptor(UniqueId id, Suite suite, Dataset dataset) {
        super(id, dataset.table().toString(), Sources.of(dataset.location()));
        this.suite = suite;
        this.dataset = dataset;
    }

    Dataset dataset() {
        return dataset;
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
        return Tags.of(suite.tags(), dataset.tags());
    }

    /** {@return the checks still in the tree after filtering, in file order} */
    List<CheckDefinition> checks() {
        return getChildren().stream()
                .filter(CheckDescriptor.class::isInstance)
                .map(child -> ((CheckDescriptor) child).check())
                .toList();
    }

    @Override
    public PreflightExecutionContext before(PreflightExecutionContext context) {
        List<CheckDefinition> checks = checks();
        DatasetRun run = DatasetRun.execute(context.suiteRun(), dataset, checks);
        List<StatementLog.Entry> statements = run.statements();
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("preflight.dataset", dataset.table().toString());
        entry.put("preflight.window", suite.window().toString());
        entry.put("preflight.statements", String.valueOf(statements.size()));
        run.scan().ifPresent(scan -> entry.put(Constants.SQL,
                String.join(";\n", scan.statements().stream().map(dev.preflight.sql.Statement::sql).toList())));
        // A scan split into several statements (a very wide one) publishes their sums.
        List<StatementLog.Entry> scans = statements.stream().filter(s -> s.statement().kind() == dev.preflight.sql.Statement.Kind.SCAN).toList();
        if (!scans.isEmpty()) {
            entry.put("preflight.scan_ms", String.valueOf(scans.stream().mapToLong(s -> s.duration().toMillis()).sum()));
            // Only warehouses that bill by bytes (BigQuery) report these; DuckDB's scans publish neither.
            sum(scans, s -> s.stats().bytesProcessed()).ifPresent(b -> entry.put("preflight.bytes_processed", String.valueOf(b)));
            sum(scans, s -> s.stats().bytesBilled()).ifPresent(b -> entry.put("preflight.bytes_billed", String.valueOf(b)));
        }
        String perDate = context.configuration().publishPerDate() ? PerDateEntry.json(run, suite.window()) : null;
        if (perDate != null) {
            entry.put(Constants.PER_DATE, perDate);
        }
        context.listener().reportingEntryPublished(this, ReportEntry.from(entry));
        return context.with(run);
    }

    private static java.util.OptionalLong sum(List<StatementLog.Entry> scans, java.util.function.Function<StatementLog.Entry, java.util.OptionalLong> bytes) {
        if (scans.stream().noneMatch(s -> bytes.apply(s).isPresent())) {
            return java.util.OptionalLong.empty();
        }
        return java.util.OptionalLong.of(scans.stream().mapToLong(s -> bytes.apply(s).orElse(0)).sum());
    }
}
