package dev.preflight.checks.sql;

import dev.preflight.check.DatasetInfo;
import dev.preflight.check.CheckSpec;
import dev.preflight.check.CheckType;
import dev.preflight.metric.CustomQuery;
import dev.preflight.yaml.MappingReader;
import dev.preflight.source.SourceLocation;
import dev.preflight.source.Suggestions;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;

/**
 * {@code sql: {metric: "SELECT avg(points) FROM ${table} WHERE game_date BETWEEN ${start_date} AND ${end_date}", min: 5}}
 * or {@code sql: {failing_rows: "SELECT ... WHERE points < 0"}}. {@code ${start_date}}, {@code ${end_date}} and suite
 * parameters are bound as query parameters; {@code ${table}} is the dataset's table.
 */
public final class SqlCheckType implements CheckType {

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
        Optional<String> sql = arguments.rawString(key).flatMap(q -> validate(q, arguments.locationOf(key), arguments));
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

    /** One SELECT, no second statement, and only placeholders the engine can bind. */
    private static Optional<String> validate(String query, SourceLocation at, MappingReader arguments) {
        String text = query.trim();
        if (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).trim();
        }
        if (!text.toLowerCase(Locale.ROOT).matches("(?s)(select|with)\\b.*") || text.contains(";")) {
            arguments.problems().add(at, "the query of " + arguments.what() + " must be one SELECT (or WITH … SELECT) statement, not '"
                    + firstWords(text) + "'");
            return Optional.empty();
        }
        Set<String> known = new TreeSet<>(arguments.parameters().values().keySet());
        known.add(CustomQuery.TABLE);
        known.addAll(CustomQuery.WINDOW);
        Matcher placeholders = CustomQuery.PLACEHOLDER.matcher(text);
        boolean ok = true;
        while (placeholders.find()) {
            String name = placeholders.group(1);
            if (!known.contains(name)) {
                arguments.problems().add(at, "unknown placeholder '${" + name + "}' in the query of " + arguments.what()
                        + Suggestions.hint(name, known) + "; known: " + String.join(", ", known));
                ok = false;
            }
        }
        return ok ? Optional.of(text) : Optional.empty();
    }

    private static String firstWords(String text) {
        String line = text.strip().split("\\s+", 3).length > 1 ? String.join(" ", java.util.Arrays.copyOf(text.strip().split("\\s+", 3), 2)) : text.strip();
        return line.length() > 40 ? line.substring(0, 40) + "…" : line;
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
