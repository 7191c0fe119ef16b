package dev.preflight.model;

import org.apiguardian.api.API;

import java.util.List;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Opt-in failed-row samples of one check: at most {@code limit} rows, only {@code columns}, fetched by one extra
 * statement and only when the check does not pass. Never every column: samples end up in reports and logs.
 *
 * @param limit rows at most, 1–100
 * @param columns the columns to fetch, at least one
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SampleRequest(int limit, List<String> columns) {

    public static final int MAX_LIMIT = 100;

    public SampleRequest {
        columns = List.copyOf(columns);
        if (limit < 1 || limit > MAX_LIMIT || columns.isEmpty()) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + " and columns not empty");
        }
    }
}
