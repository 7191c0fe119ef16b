package dev.preflight.check;

import dev.preflight.metric.CustomQuery;
import dev.preflight.metric.Predicate;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/** Where a check's failed rows come from, for opt-in samples. */
@API(status = STABLE, since = "0.1")
public sealed interface SampleSource permits SampleSource.Rows, SampleSource.Query {

    /** The dataset's rows in the window (and row filter) where {@code predicate} holds. */
    record Rows(Predicate predicate) implements SampleSource {
    }

    /** The rows the author's failing-rows query returns. */
    record Query(CustomQuery query) implements SampleSource {
    }
}
