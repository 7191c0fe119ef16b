package dev.preflight.sql;

import dev.preflight.model.TableName;

import org.apiguardian.api.API;

import java.time.LocalDate;
import java.util.stream.Collectors;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The few things that differ between warehouses' SQL: quoting, literals and conditional counts.
 * Every identifier from a suite reaches SQL through {@link #quote} or {@link #table}.
 */
@API(status = STABLE, since = "0.1")
public interface SqlDialect {

    /** {@return the dialect's name, e.g. {@code duckdb}} */
    String name();

    /** {@return the identifier quoted so that it can never end the quoting} */
    String quote(String identifier);

    /** {@return the table, each part quoted} */
    default String table(TableName table) {
        return table.parts().stream().map(this::quote).collect(Collectors.joining("."));
    }

    /** {@return a DATE literal} */
    default String date(LocalDate date) {
        return "DATE '" + date + "'";
    }

    /** {@return an exact count of the rows where {@code predicate} holds} */
    String countIf(String predicate);

    /**
     * {@return the most metrics one scan statement computes}: a wider scan is split into several statements over the
     * same rows. DuckDB's time per aggregate grows with the number of aggregates in one SELECT (on 1M rows: 250
     * conditional counts 2.8 s, 1,000 14 s, 2,000 41 s; docs/performance.md); BigQuery caps a query's text at 1 MB.
     * 256 keeps a statement near 25 KB and within both.
     */
    default int maxScanMetrics() {
        return 256;
    }

    /**
     * {@return a 64-bit hash of the key columns, equal for equal keys (NULLs included), or empty to group on the key
     * itself}: duplicate counts then group on the hash first and verify exactly only the keys whose hash repeats, so
     * a collision costs time, never a wrong count. DuckDB {@code hash(a, b)}; GoogleSQL would be
     * {@code FARM_FINGERPRINT(TO_JSON_STRING(STRUCT(a, b)))}, not used yet (BigQuery bills bytes read, not CPU).
     */
    default java.util.Optional<String> keyHash(java.util.List<String> quotedColumns) {
        return java.util.Optional.empty();
    }

    /**
     * {@return the sum of the non-NULL values of a numeric {@code expression} as a double, NULL when there is none}:
     * standard SQL {@code SUM(CAST(x AS DOUBLE))}, GoogleSQL {@code SUM(CAST(x AS FLOAT64))}
     */
    default String doubleSum(String expression) {
        return "SUM(CAST(" + expression + " AS DOUBLE))";
    }

    // The methods below render the constructs of the check library (values, feature vectors, samples). Each names
    // the GoogleSQL form in its Javadoc; dialects that have not implemented one fail loudly when a check needs it,
    // never by sending another dialect's SQL.

    /**
     * {@return a string literal that no value can end early}: standard SQL doubles single quotes ({@code 'it''s'});
     * GoogleSQL escapes with a backslash ({@code 'it\'s'}) and must override this.
     */
    default String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /**
     * {@return the literal of a typed value}: text through {@link #literal(String)}, a number as written, a date
     * through {@link #date}. This is how a parameter reaches an author's condition: as a value, never as SQL text.
     */
    default String value(Object value) {
        if (value instanceof String text) {
            return literal(text);
        }
        if (value instanceof LocalDate date) {
            return date(date);
        }
        if (value instanceof Long || value instanceof Integer || value instanceof java.math.BigDecimal) {
            return value instanceof java.math.BigDecimal decimal ? decimal.toPlainString() : value.toString();
        }
        throw new IllegalArgumentException("no SQL literal for " + (value == null ? "null" : value.getClass().getSimpleName()));
    }

    /** {@return true when the floating-point {@code expression} is NaN}: DuckDB {@code isnan(x)}, GoogleSQL {@code IS_NAN(x)} */
    default String isNan(String expression) {
        throw unsupported("isNan");
    }

    /** {@return true when {@code expression} is +Inf or -Inf}: DuckDB {@code isinf(x)}, GoogleSQL {@code IS_INF(x)} */
    default String isInf(String expression) {
        throw unsupported("isInf");
    }

    /** {@return the number of elements of an ARRAY}: DuckDB {@code len(x)}, GoogleSQL {@code ARRAY_LENGTH(x)} */
    default String arrayLength(String expression) {
        throw unsupported("arrayLength");
    }

    /**
     * {@return true when some element of the ARRAY {@code expression}, named {@code element}, satisfies
     * {@code condition}}: DuckDB {@code len(list_filter(x, lambda e: cond)) > 0}, GoogleSQL
     * {@code EXISTS (SELECT 1 FROM UNNEST(x) AS e WHERE cond)}.
     */
    default String arrayAny(String expression, String element, String condition) {
        throw unsupported("arrayAny");
    }

    /**
     * {@return true when the ARRAY of strings {@code expression} equals {@code values} element by element, false when
     * it differs or is NULL}: DuckDB {@code coalesce(x = ['a', 'b'], false)}, GoogleSQL
     * {@code coalesce(TO_JSON_STRING(x) = '["a","b"]', false)}.
     */
    default String arrayEquals(String expression, java.util.List<String> values) {
        throw unsupported("arrayEquals");
    }

    /**
     * {@return element {@code index} (0-based) of an ARRAY, NULL when the array is shorter}: DuckDB {@code x[index + 1]},
     * GoogleSQL {@code x[SAFE_OFFSET(index)]}
     */
    default String arrayElement(String expression, int index) {
        throw unsupported("arrayElement");
    }

    /** {@return a positional query parameter, bound by the warehouse}: {@code ?} in JDBC and in GoogleSQL */
    default String parameter() {
        return "?";
    }

    /** {@return {@code select} cut to its first {@code rows} rows} */
    default String limit(String select, int rows) {
        return select + " LIMIT " + rows;
    }

    private UnsupportedOperationException unsupported(String method) {
        return new UnsupportedOperationException("the " + name() + " dialect does not render " + method + "() yet; see docs/checks.md");
    }
}
