package dev.preflight.duckdb;

import dev.preflight.sql.SqlDialect;

/** DuckDB's SQL. */
public final class DuckDbDialect implements SqlDialect {

    public static final DuckDbDialect INSTANCE = new DuckDbDialect();

    private DuckDbDialect() {
    }

    @Override
    public String name() {
        return "duckdb";
    }

    @Override
    public String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** DuckDB's {@code hash()} of several values: equal values, NULLs included, hash equally. */
    @Override
    public java.util.Optional<String> keyHash(java.util.List<String> quotedColumns) {
        return java.util.Optional.of("hash(" + String.join(", ", quotedColumns) + ")");
    }

    @Override
    public String countIf(String predicate) {
        return "COUNT(*) FILTER (WHERE " + predicate + ")";
    }

    @Override
    public String isNan(String expression) {
        return "isnan(" + expression + ")";
    }

    @Override
    public String isInf(String expression) {
        return "isinf(" + expression + ")";
    }

    @Override
    public String arrayLength(String expression) {
        return "len(" + expression + ")";
    }

    @Override
    public String arrayElement(String expression, int index) {
        // DuckDB lists are 1-based and yield NULL past their end.
        return expression + "[" + (index + 1) + "]";
    }

    @Override
    public String arrayAny(String expression, String element, String condition) {
        // Python-style lambdas: DuckDB deprecates the arrow form (x -> ...).
        return "len(list_filter(" + expression + ", lambda " + element + ": " + condition + ")) > 0";
    }

    @Override
    public String arrayEquals(String expression, java.util.List<String> values) {
        return "coalesce(" + expression + " = [" + values.stream().map(this::literal).collect(java.util.stream.Collectors.joining(", ")) + "], false)";
    }
}
