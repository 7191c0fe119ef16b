package dev.preflight.metric;

import org.apiguardian.api.API;

import java.util.List;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * How a key with NULLs counts when rows are compared by key ({@code duplicates}). SQL has two answers: a UNIQUE
 * constraint never calls a NULL equal to anything, GROUP BY puts NULLs together; tools differ too (Great Expectations'
 * compound-columns check by default skips only rows whose key is all NULL). So it is a choice the suite makes.
 */
@API(status = MAINTAINED, since = "0.2")
public enum NullKeys {

    /** A row with a NULL in any key column is never a duplicate (SQL's UNIQUE; the default). */
    IGNORE_ANY,
    /** Only a row whose key columns are all NULL is left out; otherwise NULL equals NULL (Great Expectations). */
    IGNORE_ALL,
    /** NULL equals NULL in every key column: every row counts (GROUP BY, dbt's unique_combination_of_columns). */
    COMPARE;

    /** {@return the suite's spelling: {@code ignore_any}, {@code ignore_all}, {@code compare}} */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** {@return which rows take part, or empty for all of them} */
    public java.util.Optional<Predicate> rowsCompared(List<String> keys) {
        Predicate[] present = keys.stream().map(Predicate::notNull).toArray(Predicate[]::new);
        switch (this) {
            case IGNORE_ANY:
                return java.util.Optional.of(Predicate.and(present));
            case IGNORE_ALL:
                return java.util.Optional.of(keys.size() == 1 ? present[0] : new Predicate.Or(List.of(present)));
            default:
                return java.util.Optional.empty();
        }
    }
}
