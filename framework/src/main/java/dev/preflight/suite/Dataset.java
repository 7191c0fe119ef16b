package dev.preflight.suite;

import dev.preflight.model.SqlFragment;
import dev.preflight.check.DatasetInfo;
import dev.preflight.model.TableName;

import dev.preflight.source.SourceLocation;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * A table under test, the column that dates its rows, and the checks on it.
 *
 * @param id stable within the suite; part of the JUnit unique id (defaults to the table's own name)
 * @param table the fully qualified table
 * @param dateColumn the DATE column that partitions the table; the window is a predicate on it. {@code null} for a
 *        table without one (reference data, Great Expectations' test tables): its scan covers every row as one group
 * @param keys columns that identify a row (for duplicates), may be empty
 * @param where an optional SQL row filter, written by the suite's author, or {@code null}
 * @param requiredBy what depends on this table, for gate summaries
 * @param tags JUnit tags inherited by every check
 * @param checks the checks, in file order
 * @param location where the dataset is written
 */
@API(status = MAINTAINED, since = "0.1")
public record Dataset(String id, TableName table, String dateColumn, List<String> keys, SqlFragment where,
                      List<String> requiredBy, List<String> tags, List<CheckDefinition> checks, SourceLocation location) {

    public Dataset {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(table, "table must not be null");
        keys = List.copyOf(keys);
        requiredBy = List.copyOf(requiredBy);
        tags = List.copyOf(tags);
        checks = List.copyOf(checks);
    }

    /** {@return whether the dataset has a date column; checks about dates need one} */
    public boolean isDated() {
        return dateColumn != null;
    }

    public Optional<SqlFragment> rowFilter() {
        return Optional.ofNullable(where);
    }

    public Optional<CheckDefinition> check(String checkId) {
        return checks.stream().filter(c -> c.id().equals(checkId)).findFirst();
    }

    /** {@return what a check may know of this dataset} */
    public DatasetInfo info(boolean hasCalendar) {
        return new DatasetInfo(id, table, dateColumn, keys, hasCalendar);
    }
}
