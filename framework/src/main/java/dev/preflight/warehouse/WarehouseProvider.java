package dev.preflight.warehouse;

import dev.preflight.model.WarehouseSpec;
import org.apiguardian.api.API;

import java.util.Set;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

/**
 * Opens warehouses of one type; found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/dev.preflight.warehouse.WarehouseProvider}).
 */
@API(status = STABLE, since = "0.1")
public interface WarehouseProvider {

    /** {@return the {@code type:} this provider opens, e.g. {@code duckdb}} */
    String type();

    /**
     * @throws WarehouseException when it cannot be opened
     * @throws dev.preflight.source.SuiteDefinitionException when the settings are wrong
     */
    Warehouse open(WarehouseSpec spec);

    /**
     * Opens the warehouse for a run that sends up to {@code parallelism} statements at once (the suite's
     * {@code parallelism} setting, or {@link #defaultParallelism()}), so that a provider whose statements share this
     * machine's cores can size itself: DuckDB gives each statement its share of the cores instead of all of them.
     * Opens as {@link #open(WarehouseSpec)} unless the provider overrides it.
     *
     * @throws WarehouseException when it cannot be opened
     * @throws dev.preflight.source.SuiteDefinitionException when the settings are wrong
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    default Warehouse open(WarehouseSpec spec, int parallelism) {
        return open(spec);
    }

    /**
     * {@return the settings whose values are secret (passwords, tokens, key files)}: no output shows them
     * ({@link dev.preflight.source.Redaction}). Settings whose name says secret, token, password or key, and URL
     * user-info in any setting, are withheld whether listed or not.
     */
    default Set<String> secretSettings() {
        return Set.of();
    }

    /**
     * Loads ahead of the first {@link #open} what opening costs time and does not depend on the settings (a driver's
     * native library). A command that is about to run suites calls it on a background thread while it reads them, so
     * the load overlaps the parsing instead of following it; it must be cheap for a run that never opens this type.
     * Failures are ignored: {@link #open} reports them. Does nothing unless the provider overrides it.
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    default void preload() {
    }

    /**
     * {@return how many datasets a suite scans at once when its warehouse does not set {@code parallelism}}: 1 unless
     * the provider knows better. A remote warehouse, where a statement mostly waits, gains from more: BigQuery gives 4.
     * A provider that returns more than 1 must take statements from several threads at once and keep its failures
     * what they are sequentially (BigQuery: one silent endpoint still costs timeout_seconds once, and a timeout is
     * never diagnosed as a missing table; docs/performance.md). DuckDB gives 1: each statement already uses every core.
     */
    default int defaultParallelism() {
        return 1;
    }

    /**
     * {@return the metric history a suite's {@code history:} section names}: a provider that can write where the
     * suite's data is (BigQuery) keeps it in a table there; the {@code duckdb} provider keeps it in a local file for any
     * warehouse. Nothing is opened or written until the first call on the history.
     *
     * @param warehouse the suite's warehouse, e.g. to place the default file beside a DuckDB database
     * @throws WarehouseException when this provider keeps no history
     */
    default MetricHistory history(dev.preflight.model.HistorySpec history, WarehouseSpec warehouse) {
        throw new WarehouseException("the " + type() + " warehouse keeps no metric history; give 'history' a 'path' for a local file");
    }
}
