package dev.preflight.plan;

import dev.preflight.metric.Metric;
import dev.preflight.model.DateWindow;
import dev.preflight.sql.Statement;

import org.apiguardian.api.API;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The one statement that computes every metric of one dataset over one window, grouped by date.
 *
 * @param datasetId the dataset
 * @param window the dates scanned
 * @param metrics the distinct metrics, in the order of the statement's count columns
 * @param statement the SQL
 */
@API(status = INTERNAL, since = "0.1")
public record Scan(String datasetId, DateWindow window, List<Metric> metrics, Statement statement) {

    public Scan {
        metrics = List.copyOf(metrics);
    }
}
