package dev.preflight.bigquery;

import dev.preflight.sql.SqlDialect;

import dev.preflight.model.TableName;

import java.util.List;
import java.util.Objects;

/**
 * BigQuery's GoogleSQL (Standard SQL): backtick-quoted identifiers, {@code DATE 'yyyy-mm-dd'} literals and
 * {@code COUNTIF}. Every count it renders is exact; nothing here uses {@code APPROX_*} functions.
 *
 * <p>Tables render as one backtick-quoted path, {@code `project.dataset.table`}: a two-part name resolves against
 * the billing project, and a one-part name against the default dataset when there is one. Spelling out the project
 * keeps a statement's meaning independent of the job's defaults, so a dry run, a log line and a re-run read the
 * same table.
 */
public final class BigQueryDialect implements SqlDialect {

    private final String project;
    private final String defaultDataset;

    private BigQueryDialect(String project, String defaultDataset) {
        this.project = Objects.requireNonNull(project, "project must not be null");
        this.defaultDataset = defaultDataset;
    }

    /**
     * @param project the project that two-part names resolve against, never {@code null}
     * @param defaultDataset the dataset that one-part names resolve against, or {@code null}
     */
    public static BigQueryDialect of(String project, String defaultDataset) {
        return new BigQueryDialect(project, defaultDataset == null || defaultDataset.isBlank() ? null : defaultDataset);
    }

    @Override
    public String name() {
        return "bigquery";
    }

    /** Backticks, with backslash and backtick escaped as GoogleSQL's quoted identifiers require. */
    @Override
    public String quote(String identifier) {
        return '`' + escape(identifier) + '`';
    }

    @Override
    public String table(TableName table) {
        List<String> parts = table.parts();
        String path = switch (parts.size()) {
            case 3 -> String.join(".", parts);
            case 2 -> project + "." + String.join(".", parts);
            // Without a default dataset BigQuery itself explains that the name must be qualified.
            default -> defaultDataset == null ? parts.get(0) : project + "." + defaultDataset + "." + parts.get(0);
        };
        return '`' + escape(path) + '`';
    }

    @Override
    public String countIf(String predicate) {
        return "COUNTIF(" + predicate + ")";
    }

    /** GoogleSQL's double is FLOAT64. */
    @Override
    public String doubleSum(String expression) {
        return "SUM(CAST(" + expression + " AS FLOAT64))";
    }

    /** GoogleSQL string literals escape with backslashes; doubling a quote is not an escape there. */
    @Override
    public String literal(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n").replace("\r", "\\r") + "'";
    }

    @Override
    public String isNan(String expression) {
        return "IS_NAN(" + expression + ")";
    }

    @Override
    public String isInf(String expression) {
        return "IS_INF(" + expression + ")";
    }

    @Override
    public String arrayLength(String expression) {
        return "ARRAY_LENGTH(" + expression + ")";
    }

    /** SAFE_OFFSET yields NULL past the end, as the DuckDB form does. */
    @Override
    public String arrayElement(String expression, int index) {
        return expression + "[SAFE_OFFSET(" + index + ")]";
    }

    @Override
    public String arrayAny(String expression, String element, String condition) {
        return "EXISTS(SELECT 1 FROM UNNEST(" + expression + ") AS " + element + " WHERE " + condition + ")";
    }

    /** Arrays cannot be compared with = in GoogleSQL; their JSON texts can. */
    @Override
    public String arrayEquals(String expression, List<String> values) {
        return "COALESCE(TO_JSON_STRING(" + expression + ") = TO_JSON_STRING([" + values.stream().map(this::literal)
                .collect(java.util.stream.Collectors.joining(", ")) + "]), FALSE)";
    }

    private static String escape(String identifier) {
        return identifier.replace("\\", "\\\\").replace("`", "\\`");
    }
}
