package dev.preflight.execution;

import dev.preflight.plan.Scan;

import dev.preflight.metric.DatasetMetrics;
import dev.preflight.metric.QueryResult;
import dev.preflight.sql.Statement;
import dev.preflight.warehouse.Warehouse;
import dev.preflight.warehouse.WarehouseException;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs a {@link Scan}'s statements and reads their rows into one {@link DatasetMetrics}. */
public final class DatasetScanner {

    private DatasetScanner() {
    }

    /**
     * @throws WarehouseException when the warehouse cannot run a statement
     */
    public static DatasetMetrics run(Scan scan, Warehouse warehouse) {
        int total = scan.metrics().size();
        Map<LocalDate, double[]> perDate = new HashMap<>();
        List<Statement> statements = scan.statements();
        for (int part = 0; part < statements.size(); part++) {
            read(scan, part, warehouse.execute(statements.get(part)), perDate, total);
        }
        return DatasetMetrics.adopt(scan.metrics(), perDate);
    }

    /** Reads statement {@code part}'s values into their columns of {@code perDate}; each part groups the same rows by date. */
    private static void read(Scan scan, int part, QueryResult result, Map<LocalDate, double[]> perDate, int total) {
        List<dev.preflight.metric.Metric> metrics = scan.metricsOf(part);
        int width = metrics.size();
        int offset = part * scan.width();
        if (result.columns().size() != width + 1) {
            throw new WarehouseException("scan of " + scan.datasetId() + " returned " + result.columns().size()
                    + " columns, expected " + (width + 1));
        }
        for (List<Object> row : result.rows()) {
            if (!(row.get(0) instanceof LocalDate date)) {
                throw new WarehouseException("scan of " + scan.datasetId() + " returned a date column of type "
                        + (row.get(0) == null ? "NULL" : row.get(0).getClass().getSimpleName()) + "; the date column must be a DATE");
            }
            double[] values = perDate.computeIfAbsent(date, d -> new double[total]);
            for (int i = 0; i < width; i++) {
                Object value = row.get(i + 1);
                if (value != null && !(value instanceof Number)) {
                    throw new WarehouseException("scan of " + scan.datasetId() + " returned " + value.getClass().getSimpleName()
                            + " for " + metrics.get(i).name() + ", expected a number");
                }
                // A count is whole; a sum (Metric.isCount() false) keeps its fraction.
                Number number = value == null ? 0 : (Number) value;
                values[offset + i] = metrics.get(i).isCount() ? number.longValue() : number.doubleValue();
            }
        }
    }
}
