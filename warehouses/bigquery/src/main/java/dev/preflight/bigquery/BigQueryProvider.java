package dev.preflight.bigquery;

import dev.preflight.model.HistorySpec;
import dev.preflight.model.TableName;
import dev.preflight.model.WarehouseSpec;
import dev.preflight.source.Problem;
import dev.preflight.source.SuiteDefinitionException;
import dev.preflight.warehouse.MetricHistory;
import dev.preflight.warehouse.Warehouse;
import dev.preflight.warehouse.WarehouseProvider;

import java.util.Set;

/**
 * Opens {@code type: bigquery} warehouses; see {@link BigQuerySettings} for the settings and {@code docs/bigquery.md}.
 */
public final class BigQueryProvider implements WarehouseProvider {

    @Override
    public String type() {
        return "bigquery";
    }

    /** The key file's path: it tells whoever reads it where a key lives. */
    @Override
    public Set<String> secretSettings() {
        return Set.of(BigQuerySettings.CREDENTIALS);
    }

    /**
     * Four: a BigQuery statement mostly waits for the service, so datasets scanned at once overlap their waits. The
     * warehouse's timeout short-circuit and the engine's diagnosis of a failed scan hold with statements at once.
     */
    @Override
    public int defaultParallelism() {
        return 4;
    }

    @Override
    public Warehouse open(WarehouseSpec spec) {
        return BigQueryWarehouse.open(BigQuerySettings.of(spec), suiteName(spec), RetryPolicy.DEFAULT);
    }

    /** A table in the suite's project, written with the suite's own settings; opened on the first append or read. */
    @Override
    public MetricHistory history(HistorySpec history, WarehouseSpec spec) {
        TableName table = TableName.parse(history.tableName()).orElseThrow(() -> new SuiteDefinitionException(new Problem(history.location(),
                "'table' of 'history' is not a table name: " + history.tableName())));
        BigQuerySettings settings = BigQuerySettings.of(spec);
        return new BigQueryHistory(() -> BigQueryWarehouse.open(settings, suiteName(spec), RetryPolicy.DEFAULT), table);
    }

    /** The suite file's base name: the provider sees the warehouse section, not the suite's name. */
    static String suiteName(WarehouseSpec spec) {
        if (spec.location() == null) {
            return null;
        }
        String name = spec.location().displayName();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
