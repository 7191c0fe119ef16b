package dev.preflight.check;

import dev.preflight.model.TableName;

import org.apiguardian.api.API;

import java.util.List;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * What a check type may know about its dataset, while parsing and while judging.
 *
 * @param datasetId the dataset's id in the suite
 * @param table the dataset's table
 * @param dateColumn the dataset's date column, or {@code null} when it has none
 * @param keys the dataset's key columns, may be empty
 * @param hasCalendar whether the suite declares an expected calendar
 */
@API(status = STABLE, since = "0.1")
public record DatasetInfo(String datasetId, TableName table, String dateColumn, List<String> keys, boolean hasCalendar) {

    public DatasetInfo {
        keys = List.copyOf(keys);
    }

    public boolean isDated() {
        return dateColumn != null;
    }
}
