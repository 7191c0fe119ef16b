package dev.preflight.sql;

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

    @Override
    public String countIf(String predicate) {
        return "COUNT(*) FILTER (WHERE " + predicate + ")";
    }
}
