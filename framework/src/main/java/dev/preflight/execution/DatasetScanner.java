package dev.preflight.execution;

import dev.preflight.plan.Scan;

import dev.preflight.metric.DatasetMetrics;
import dev.preflight.metric.QueryResult;
import dev.preflight.warehouse.Warehouse;
import dev.preflight.warehouse.WarehouseException;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs a {@link Scan} and reads its rows into {@link DatasetMetrics}. */
public final class DatasetScanner {

    private DatasetScanner() {
    }

    /**
     * @throws WarehouseException when the warehouse cannot run the statement
     */
    public static DatasetMetrics run(Scan scan, Warehouse warehouse) {
        QueryResult result = warehouse.execute(scan.statement());
        int width = scan.metrics().size();
        if (result.columns().size() != width + 1) {
            throw new WarehouseException("scan of " + scan.datasetId() + " returned " + result.columns().size()
                    + " columns, expected " + (width + 1));
        }
        Map<LocalDate, double[]> perDate = new HashMap<>();
        for (List<Object> row : result.rows()) {
            if (!(row.get(0) instanceof LocalDate date)) {
                throw new WarehouseException("scan of " + scan.datasetId() + " returned a date column of type "
                        + (row.get(0) == null ? "NULL" : row.get(0).getClass().getSimpleName()) + "; the date column must be a DATE");
            }
            double[] values = new double[width];
            for (int i = 0; i < width; i++) {
                Object value = row.get(i + 1);
                if (value != null && !(value instanceof Number)) {
                    throw new WarehouseException("scan of " + scan.datasetId() + " returned " + value.getClass().getSimpleName()
                            + " for " + scan.metrics().get(i).name() + ", expected a number");
                }
                // A count is whole; a sum (Metric.isCount() false) keeps its fraction.
                Number number = value == null ? 0 : (Number) value;
                values[i] = scan.metrics().get(i).isCount() ? number.longValue() : number.doubleValue();
            }
            perDate.put(date, values);
        }
        return DatasetMetrics.ofValues(scan.metrics(), perDate);
    }
}
