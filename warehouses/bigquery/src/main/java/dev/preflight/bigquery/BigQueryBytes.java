package dev.preflight.bigquery;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A model of what BigQuery's on-demand pricing counts as a query's bytes processed, for tables held elsewhere (in
 * DuckDB): the sizes of the columns the statement names, summed over the table's rows, by BigQuery's data-size rules
 * (INT64, FLOAT64, DATE, TIMESTAMP 8 bytes; BOOL 1; STRING 2 + its UTF-8 length; NULL 0 whatever its type). A column
 * named twice in one statement counts once; each statement counts again every column it names. The figures are the
 * model's on the data it measures, not BigQuery's: the repository's BigQuery stub answers dry runs with them, and
 * {@code preflight bench} compares the fused scan with one statement per check by them (target 5 of issue 11).
 * Billing (rounded up to a MiB, at least 10 MiB per statement) is {@code CostEstimate.Item#estimatedBytesBilled}.
 */
public final class BigQueryBytes {

    private BigQueryBytes() {
    }

    /**
     * {@return the columns of {@code columns} that {@code sql} names, as whole words, quoted or bare, in the order of
     * {@code columns}} A name that also occurs as another word of the text (an alias, a literal) counts as read, so
     * the rule errs towards more bytes, never fewer.
     */
    public static Set<String> namedColumns(String sql, Collection<String> columns) {
        Set<String> read = new LinkedHashSet<>();
        for (String column : columns) {
            if (Pattern.compile("\\b" + Pattern.quote(column) + "\\b").matcher(sql).find()) {
                read.add(column);
            }
        }
        return read;
    }

    /**
     * {@return a DuckDB SQL expression of one value's size in BigQuery, for column {@code column} (a bare name,
     * double-quoted here) of GoogleSQL type {@code type}: STRING, BYTES, BOOL, INT64, FLOAT64, NUMERIC, DATE, DATETIME,
     * TIME, TIMESTAMP, or an ARRAY of one of them (the sum of its elements' sizes)} Sum it over the rows for the
     * column's bytes.
     *
     * @throws IllegalArgumentException for a type the model does not size (STRUCT, BIGNUMERIC, JSON, …)
     */
    public static String sizeSql(String column, String type) {
        String quoted = '"' + column.replace("\"", "\"\"") + '"';
        return "CASE WHEN " + quoted + " IS NULL THEN 0 ELSE " + size(quoted, type.toUpperCase(Locale.ROOT).replace(" ", ""), 0) + " END";
    }

    private static String size(String value, String type, int depth) {
        if (type.startsWith("ARRAY<") && type.endsWith(">")) {
            String element = "e" + depth;
            return "COALESCE(list_sum(list_transform(" + value + ", " + element + " -> "
                    + size(element, type.substring("ARRAY<".length(), type.length() - 1), depth + 1) + ")), 0)";
        }
        return switch (type) {
            // strlen is DuckDB's UTF-8 byte count; a CAST to BLOB would read backslashes as escapes.
            case "STRING" -> "2 + strlen(" + value + ")";
            case "BYTES" -> "2 + octet_length(" + value + ")";
            case "BOOL" -> "1";
            case "INT64", "FLOAT64", "DATE", "DATETIME", "TIME", "TIMESTAMP" -> "8";
            case "NUMERIC" -> "16";
            default -> throw new IllegalArgumentException("no BigQuery size rule for type " + type);
        };
    }

    /**
     * {@return the GoogleSQL type that a DuckDB column of type {@code duckDbType} loads as in BigQuery} Every DuckDB
     * integer is an INT64 and every floating type a FLOAT64.
     *
     * @throws IllegalArgumentException for a type without a plain GoogleSQL counterpart
     */
    public static String bigQueryType(String duckDbType) {
        String type = duckDbType.toUpperCase(Locale.ROOT);
        return switch (type) {
            case "VARCHAR", "TEXT", "STRING" -> "STRING";
            case "BLOB" -> "BYTES";
            case "BOOLEAN", "BOOL" -> "BOOL";
            case "TINYINT", "SMALLINT", "INTEGER", "INT", "BIGINT", "UTINYINT", "USMALLINT", "UINTEGER" -> "INT64";
            case "FLOAT", "REAL", "DOUBLE" -> "FLOAT64";
            case "DATE" -> "DATE";
            case "TIME" -> "TIME";
            case "TIMESTAMP" -> "DATETIME";
            case "TIMESTAMP WITH TIME ZONE", "TIMESTAMPTZ" -> "TIMESTAMP";
            default -> {
                if (type.startsWith("DECIMAL")) {
                    yield "NUMERIC";
                }
                throw new IllegalArgumentException("no GoogleSQL type for DuckDB type " + duckDbType);
            }
        };
    }
}
