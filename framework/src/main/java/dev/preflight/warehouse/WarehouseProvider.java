package dev.preflight.warehouse;

import dev.preflight.model.WarehouseSpec;
import org.apiguardian.api.API;

import java.util.Set;

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
     * {@return the settings whose values are secret (passwords, tokens, key files)}: no output shows them
     * ({@link dev.preflight.source.Redaction}). Settings whose name says secret, token, password or key, and URL
     * user-info in any setting, are withheld whether listed or not.
     */
    default Set<String> secretSettings() {
        return Set.of();
    }

    /**
     * {@return how many datasets a suite scans at once when its warehouse does not set {@code parallelism}}: 1 for an
     * in-process warehouse, whose every statement already uses the machine's cores; more for a remote one, where a
     * statement mostly waits (BigQuery runs concurrent jobs on its own slots).
     */
    default int defaultParallelism() {
        return 1;
    }
}
