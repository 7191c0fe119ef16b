package dev.preflight.duckdb;

import dev.preflight.warehouse.Warehouse;
import dev.preflight.warehouse.WarehouseProvider;

import dev.preflight.model.WarehouseSpec;
import dev.preflight.source.Problem;
import dev.preflight.source.SuiteDefinitionException;

/** Opens {@code type: duckdb} warehouses; the setting {@code path} is a database file or {@code :memory:}. */
public final class DuckDbProvider implements WarehouseProvider {

    @Override
    public String type() {
        return "duckdb";
    }

    @Override
    public Warehouse open(WarehouseSpec spec) {
        String path = spec.settings().get("path");
        if (path == null || path.isBlank()) {
            throw new SuiteDefinitionException(new Problem(spec.location(),
                    "the duckdb warehouse needs 'path': a database file, or :memory:; or pass --warehouse / -Dpreflight.warehouse.path=…"));
        }
        for (String key : spec.settings().keySet()) {
            if (!key.equals("path")) {
                throw new SuiteDefinitionException(new Problem(spec.location(), "unknown duckdb warehouse setting '" + key + "'; known: type, path"));
            }
        }
        return DuckDbWarehouse.open(path);
    }
}
