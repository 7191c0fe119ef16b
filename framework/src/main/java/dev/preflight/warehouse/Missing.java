package dev.preflight.warehouse;

import dev.preflight.model.TableName;
import dev.preflight.source.Suggestions;
import org.apiguardian.api.API;

import java.util.Collection;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * What to tell someone about a table or column a warehouse does not have: the nearest real name, so a misspelling is
 * one edit away. The gate's diagnosis of a failed scan and {@code preflight suggest} say it the same way.
 */
@API(status = INTERNAL, since = "0.1")
public final class Missing {

    private Missing() {
    }

    /**
     * {@return "; did you mean 'x'?" for the nearest real table, or nothing when none is near or the warehouse cannot
     * tell}: a listing that fails must not turn "no such table" into "could not verify"
     */
    public static String tableHint(Warehouse warehouse, TableName table) {
        try {
            return Suggestions.hint(table.toString(), warehouse.tablesNear(table));
        } catch (WarehouseException e) {
            return "";
        }
    }

    /** {@return "column 'c' does not exist in T; did you mean 'x'?; its columns: …"} */
    public static String column(String column, TableName table, Collection<String> known) {
        return "column '" + column + "' does not exist in " + table + Suggestions.hint(column, known)
                + "; its columns: " + String.join(", ", known);
    }
}
