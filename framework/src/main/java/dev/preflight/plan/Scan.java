package dev.preflight.plan;

import dev.preflight.metric.Metric;
import dev.preflight.model.DateWindow;
import dev.preflight.sql.Statement;

import org.apiguardian.api.API;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The statements that compute every metric of one dataset over one window, grouped by date: one statement, or for a
 * scan wider than the dialect's {@link dev.preflight.sql.SqlDialect#maxScanMetrics() limit} several, each computing
 * the next {@code width} metrics over the same rows.
 *
 * @param datasetId the dataset
 * @param window the dates scanned
 * @param metrics the distinct metrics, in the order of the statements' count columns
 * @param statements the SQL, in metric order: statement {@code p} computes metrics {@code p × width} up to
 *        {@code (p + 1) × width}
 * @param width the most metrics one statement computes
 */
@API(status = INTERNAL, since = "0.1")
public record Scan(String datasetId, DateWindow window, List<Metric> metrics, List<Statement> statements, int width) {

    public Scan {
        metrics = List.copyOf(metrics);
        statements = List.copyOf(statements);
        if (width < 1 || statements.size() != Math.max(1, (metrics.size() + width - 1) / width)) {
            throw new IllegalArgumentException(statements.size() + " statements cannot hold " + metrics.size() + " metrics of " + width);
        }
    }

    /** A scan of one statement. */
    public Scan(String datasetId, DateWindow window, List<Metric> metrics, Statement statement) {
        this(datasetId, window, metrics, List.of(statement), Math.max(1, metrics.size()));
    }

    /** {@return the one statement of a scan that was not split} */
    public Statement statement() {
        if (statements.size() != 1) {
            throw new IllegalStateException("the scan of " + datasetId + " is split into " + statements.size() + " statements");
        }
        return statements.get(0);
    }

    /** {@return the metrics statement {@code part} computes, in its column order} */
    public List<Metric> metricsOf(int part) {
        return metrics.subList(part * width, Math.min(metrics.size(), (part + 1) * width));
    }
}
