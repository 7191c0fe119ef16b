package dev.preflight.checks.sql;

import dev.preflight.check.DatasetInfo;
import dev.preflight.check.CheckSpec;
import dev.preflight.check.CheckType;
import dev.preflight.metric.CustomQuery;
import dev.preflight.model.SqlFragment;
import dev.preflight.yaml.MappingReader;

import java.util.Optional;
import java.util.Set;

/**
 * {@code sql: {metric: "SELECT avg(points) FROM ${table} WHERE game_date BETWEEN ${start_date} AND ${end_date}", min: 5}}
 * or {@code sql: {failing_rows: "SELECT ... WHERE points < 0"}}. {@code ${start_date}}, {@code ${end_date}} and suite
 * parameters are bound as query parameters; {@code ${table}} is the dataset's table.
 */
public final class SqlCheckType implements CheckType {

    private static final Set<String> BUILT_INS = Set.of(CustomQuery.TABLE, "start_date", "end_date");

    @Override
    public String name() {
        return "sql";
    }

    @Override
    public Optional<CheckSpec> parse(MappingReader arguments, DatasetInfo dataset) {
        if (arguments.has("metric") == arguments.has("failing_rows")) {
            arguments.problems().add(arguments.location(), arguments.what() + " needs exactly one of 'metric' (a query returning one number)"
                    + " or 'failing_rows' (a query returning the rows that break the expectation)");
            return Optional.empty();
        }
        CustomQuery.Mode mode = arguments.has("metric") ? CustomQuery.Mode.METRIC : CustomQuery.Mode.FAILING_ROWS;
        String key = mode == CustomQuery.Mode.METRIC ? "metric" : "failing_rows";
        // The window and the table are the engine's placeholders; any other is a suite parameter, bound by its type.
        Optional<String> sql = arguments.query(key, BUILT_INS).map(SqlFragment::text);
        Optional<Double> min = number(arguments, "min");
        Optional<Double> max = number(arguments, "max");
        if (mode == CustomQuery.Mode.METRIC && !arguments.has("min") && !arguments.has("max")) {
            arguments.problems().add(arguments.location(), arguments.what() + " needs 'min', 'max' or both for its metric");
            return Optional.empty();
        }
        if (mode == CustomQuery.Mode.FAILING_ROWS && arguments.has("min")) {
            arguments.problems().add(arguments.locationOf("min"), "a failing-rows query takes only 'max', the most failing rows allowed");
            return Optional.empty();
        }
        if (mode == CustomQuery.Mode.FAILING_ROWS && max.isPresent() && max.get() < 0) {
            // No query returns fewer than 0 rows: a negative 'max' would close the gate on clean data.
            arguments.problems().add(arguments.locationOf("max"), "'max' of " + arguments.what() + " is the most failing rows allowed,"
                    + " 0 or more, not " + max.get().longValue());
            return Optional.empty();
        }
        if ((arguments.has("min") && min.isEmpty()) || (arguments.has("max") && max.isEmpty())) {
            return Optional.empty();
        }
        return sql.map(q -> new SqlSpec(new CustomQuery(q, mode, arguments.locationOf(key)), min.orElse(null), max.orElse(null)));
    }

    private static Optional<Double> number(MappingReader arguments, String key) {
        return arguments.string(key).flatMap(text -> {
            try {
                return Optional.of(Double.parseDouble(text.trim()));
            } catch (NumberFormatException e) {
                arguments.problems().add(arguments.locationOf(key), "'" + key + "' of " + arguments.what() + " expects a number, not '" + text + "'");
                return Optional.empty();
            }
        });
    }
}
