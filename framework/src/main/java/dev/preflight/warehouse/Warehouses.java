package dev.preflight.warehouse;

import dev.preflight.model.WarehouseSpec;
import dev.preflight.source.Problem;
import dev.preflight.source.Redaction;
import dev.preflight.source.SuiteDefinitionException;
import dev.preflight.source.Suggestions;

import org.apiguardian.api.API;

import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

import static org.apiguardian.api.API.Status.INTERNAL;

/** Finds the provider for a warehouse type and opens it. */
@API(status = INTERNAL, since = "0.1")
public final class Warehouses {

    /** The setting, for every warehouse type, of how many datasets are scanned at once. */
    public static final String PARALLELISM = "parallelism";
    private static final int MAX_PARALLELISM = 64;

    private final Map<String, WarehouseProvider> providers;

    private Warehouses(Map<String, WarehouseProvider> providers) {
        this.providers = Map.copyOf(providers);
    }

    public static Warehouses load(ClassLoader loader) {
        Map<String, WarehouseProvider> found = new TreeMap<>();
        for (WarehouseProvider provider : ServiceLoader.load(WarehouseProvider.class, loader)) {
            found.putIfAbsent(provider.type(), provider);
        }
        return new Warehouses(found);
    }

    /**
     * Runs every provider's {@link WarehouseProvider#preload()}, meant for a thread beside the one that parses the
     * suites. A failed preload is ignored: the run's own open reports the cause, located.
     */
    public void preload() {
        for (WarehouseProvider provider : providers.values()) {
            try {
                provider.preload();
            } catch (RuntimeException | LinkageError e) {
                // ignored: open() fails with the located message
            }
        }
    }

    public Warehouse open(WarehouseSpec spec) {
        WarehouseProvider provider = provider(spec);
        Redaction.settings(spec.settings(), provider.secretSettings());
        return provider.open(own(spec), parallelism(spec));
    }

    /** {@return the settings a provider knows}: parallelism is the engine's setting, for every type. */
    private static WarehouseSpec own(WarehouseSpec spec) {
        Map<String, String> own = new TreeMap<>(spec.settings());
        own.remove(PARALLELISM);
        return new WarehouseSpec(spec.type(), own, spec.location());
    }

    /**
     * {@return how many of a suite's datasets are scanned at once}: the warehouse's {@value #PARALLELISM} setting, or
     * its provider's default (4 for BigQuery, 1 for DuckDB)
     *
     * @throws SuiteDefinitionException when the type is unknown or the setting is not a whole number from 1 to 64
     */
    public int parallelism(WarehouseSpec spec) {
        WarehouseProvider provider = provider(spec);
        return spec.count(PARALLELISM, MAX_PARALLELISM, "warehouse", "datasets scanned at once, from 1 (one after another)")
                .orElseGet(provider::defaultParallelism);
    }

    private WarehouseProvider provider(WarehouseSpec spec) {
        WarehouseProvider provider = providers.get(spec.type());
        if (provider == null) {
            throw new SuiteDefinitionException(new Problem(spec.location(), "unknown warehouse type '" + spec.type() + "'"
                    + Suggestions.hint(spec.type(), providers.keySet()) + "; known types: " + String.join(", ", new TreeMap<>(providers).keySet())));
        }
        return provider;
    }

    /**
     * {@return the metric history of a suite}: in the suite's warehouse when the section names only a table there,
     * else a local DuckDB file (the {@code duckdb} provider's)
     */
    public MetricHistory history(dev.preflight.model.HistorySpec history, WarehouseSpec warehouse) {
        String type = history.inWarehouse() ? warehouse.type() : "duckdb";
        WarehouseProvider provider = providers.get(type);
        if (provider == null) {
            throw new WarehouseException("no warehouse module keeps metric history of type " + type + "; add preflight-" + type + " to the class path");
        }
        // The history may open the suite's warehouse settings (BigQuery's key file) without the warehouse ever opening.
        Redaction.settings(warehouse.settings(), provider.secretSettings());
        // A suite that sets parallelism (to 1, say, on BigQuery) keeps its history where it would without it.
        return provider.history(history, own(warehouse));
    }
}
