package dev.preflight.plan;

import dev.preflight.metric.CustomQuery;
import dev.preflight.suite.Dataset;
import dev.preflight.model.DateWindow;
import dev.preflight.sql.SqlDialect;
import dev.preflight.model.Parameters;
import dev.preflight.sql.Statement;

import org.apiguardian.api.API;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Turns an author's query into a statement: {@code ${start_date}} and {@code ${end_date}} become DATE parameters of
 * the window, other {@code ${name}}s become text parameters of the suite's values, and {@code ${table}} becomes the
 * dataset's quoted table. Values are bound, never concatenated, so no parameter can change the statement's shape.
 */
@API(status = INTERNAL, since = "0.1")
public final class CustomQueries {

    private CustomQueries() {
    }

    /** {@return the statement that runs {@code query} as its mode needs: the value, or the failing rows' count} */
    public static Statement plan(CustomQuery query, Dataset dataset, DateWindow window, Parameters parameters, SqlDialect dialect) {
        List<Object> values = new ArrayList<>();
        String sql = bind(query.sql(), dataset, window, parameters, dialect, values);
        if (query.mode() == CustomQuery.Mode.FAILING_ROWS) {
            sql = "SELECT COUNT(*) AS pf_failing_rows FROM (" + sql + ") AS pf_failing";
        }
        return new Statement(Statement.Kind.CUSTOM, dataset.id(), sql, values);
    }

    /** {@return the statement that fetches at most {@code limit} of a failing-rows query's rows, only {@code columns}} */
    public static Statement sample(CustomQuery query, Dataset dataset, DateWindow window, Parameters parameters, SqlDialect dialect,
                                   List<String> columns, int limit) {
        List<Object> values = new ArrayList<>();
        String inner = bind(query.sql(), dataset, window, parameters, dialect, values);
        String select = "SELECT " + String.join(", ", columns.stream().map(dialect::quote).toList()) + " FROM (" + inner + ") AS pf_failing";
        return new Statement(Statement.Kind.SAMPLE, dataset.id(), dialect.limit(select, limit), values);
    }

    private static String bind(String template, Dataset dataset, DateWindow window, Parameters parameters, SqlDialect dialect,
                               List<Object> values) {
        Matcher matcher = CustomQuery.PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String replacement;
            if (name.equals(CustomQuery.TABLE)) {
                replacement = dialect.table(dataset.table());
            } else {
                replacement = dialect.parameter();
                values.add(name.equals("start_date") ? window.start() : name.equals("end_date") ? window.end() : parameters.sqlValue(name));
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
