package dev.preflight.metric;

import dev.preflight.source.SourceLocation;

import org.apiguardian.api.API;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A SELECT written by the suite's author, with its {@code ${name}} placeholders still in it: the engine binds
 * {@code ${start_date}}, {@code ${end_date}} and suite parameters as query parameters, and replaces {@code ${table}}
 * with the dataset's quoted table (an identifier, which no warehouse can bind).
 *
 * @param sql the query as written
 * @param mode what the query returns: one value, or the failing rows
 * @param location where the query is written, for problems
 */
@API(status = STABLE, since = "0.1")
public record CustomQuery(String sql, Mode mode, SourceLocation location) {

    /** A placeholder: {@code ${name}}. */
    public static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{\\s*([A-Za-z0-9_.-]+)\\s*}");
    /** The placeholder replaced by the dataset's quoted table. */
    public static final String TABLE = "table";
    /** The placeholders bound to the window's first and last date. */
    public static final Set<String> WINDOW = Set.of("start_date", "end_date");

    /** What a custom query returns. */
    public enum Mode {
        /** One row with one number, judged against a threshold. */
        METRIC,
        /** The rows that break the expectation; any row fails. The engine counts them. */
        FAILING_ROWS
    }

    public CustomQuery {
        Objects.requireNonNull(sql, "sql must not be null");
        Objects.requireNonNull(mode, "mode must not be null");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CustomQuery q && q.sql.equals(sql) && q.mode == mode;
    }

    @Override
    public int hashCode() {
        return Objects.hash(sql, mode);
    }
}
