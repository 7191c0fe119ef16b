package dev.preflight.yaml;

import dev.preflight.model.Parameters;
import dev.preflight.model.SqlFragment;
import dev.preflight.model.SqlLexer;
import dev.preflight.source.Problem;
import dev.preflight.source.Problems;
import dev.preflight.source.SourceLocation;
import dev.preflight.source.Suggestions;

import dev.preflight.model.Identifiers;
import dev.preflight.model.TableName;

import org.apiguardian.api.API;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Typed, located reads from one YAML mapping. Every read that fails adds a {@link Problem} and returns empty,
 * so a parser keeps going and the author sees every mistake at once. Keys that no read asked for are
 * reported by {@link #rejectUnknownKeys()} with the nearest known key.
 *
 * <p>Check types receive one of these for their arguments; see the check SPI's {@code CheckType}.
 */
@API(status = STABLE, since = "0.1")
public final class MappingReader {

    private final YamlNode.Mapping mapping;
    private final String what;
    private final Parameters parameters;
    private final Problems problems;
    private final Set<String> known = new LinkedHashSet<>();

    public MappingReader(YamlNode.Mapping mapping, String what, Parameters parameters, Problems problems) {
        this.mapping = mapping;
        this.what = what;
        this.parameters = parameters;
        this.problems = problems;
    }

    /** {@return where the mapping starts} */
    public SourceLocation location() {
        return mapping.location();
    }

    /** {@return where {@code key} is written, or the mapping's own location when it is absent} */
    public SourceLocation locationOf(String key) {
        YamlNode.Entry entry = mapping.entries().get(key);
        return entry == null ? mapping.location() : entry.value().location();
    }

    /** {@return what this mapping is, for messages, e.g. "check 'coverage'"} */
    public String what() {
        return what;
    }

    public Problems problems() {
        return problems;
    }

    public Parameters parameters() {
        return parameters;
    }

    public boolean has(String key) {
        known.add(key);
        return mapping.entries().containsKey(key);
    }

    /** Declares keys as known without reading them (read elsewhere). */
    public void allow(String... keys) {
        known.addAll(List.of(keys));
    }

    public Optional<YamlNode> node(String key) {
        known.add(key);
        YamlNode.Entry entry = mapping.entries().get(key);
        return entry == null ? Optional.empty() : Optional.of(entry.value());
    }

    public Optional<String> string(String key) {
        return node(key).flatMap(n -> scalarText(key, n));
    }

    /** {@return the value, or empty after reporting that the key is missing} */
    public Optional<String> requiredString(String key) {
        if (!has(key)) {
            missing(key);
            return Optional.empty();
        }
        return string(key);
    }

    public void missing(String key) {
        problems.add(mapping.location(), what + " needs '" + key + "'");
    }

    /** Reads a percentage written as {@code 95}, {@code 95.5} or {@code "95%"}; it must lie in 0–100. */
    public Optional<Double> percent(String key) {
        return string(key).flatMap(text -> {
            String number = text.trim();
            if (number.endsWith("%")) {
                number = number.substring(0, number.length() - 1).trim();
            }
            try {
                double value = Double.parseDouble(number);
                if (Double.isNaN(value) || value < 0 || value > 100) {
                    problems.add(locationOf(key), "'" + key + "' of " + what + " is " + text
                            + ", outside 0–100%; write a percentage such as 95 or 95%");
                    return Optional.empty();
                }
                return Optional.of(value);
            } catch (NumberFormatException e) {
                problems.add(locationOf(key), "'" + key + "' of " + what + " expects a percentage such as 95 or 95%, not '" + text + "'");
                return Optional.empty();
            }
        });
    }

    /** Reads a whole number that is at least {@code min}. */
    public Optional<Long> integer(String key, long min) {
        return string(key).flatMap(text -> {
            try {
                long value = Long.parseLong(text.trim().replace("_", ""));
                if (value < min) {
                    problems.add(locationOf(key), "'" + key + "' of " + what + " must be at least " + min + ", not " + value);
                    return Optional.empty();
                }
                return Optional.of(value);
            } catch (NumberFormatException e) {
                problems.add(locationOf(key), "'" + key + "' of " + what + " expects a whole number, not '" + text + "'");
                return Optional.empty();
            }
        });
    }

    public Optional<Boolean> bool(String key) {
        return string(key).flatMap(text -> {
            switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "true":
                    return Optional.of(true);
                case "false":
                    return Optional.of(false);
                default:
                    problems.add(locationOf(key), "'" + key + "' of " + what + " expects true or false, not '" + text + "'");
                    return Optional.empty();
            }
        });
    }

    /** Reads an ISO date ({@code 2021-10-19}). */
    public Optional<LocalDate> date(String key) {
        return string(key).flatMap(text -> parseDate(text, locationOf(key), "'" + key + "' of " + what));
    }

    /** Parses an ISO date, reporting a located problem when it is not one. */
    public Optional<LocalDate> parseDate(String text, SourceLocation at, String role) {
        try {
            return Optional.of(LocalDate.parse(text.trim()));
        } catch (DateTimeParseException e) {
            problems.add(at, role + " expects a date written as YYYY-MM-DD, not '" + text + "'");
            return Optional.empty();
        }
    }

    /** Reads a list of values; a single value is taken as a list of one. */
    public List<String> stringList(String key) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (node.get() instanceof YamlNode.Sequence sequence) {
            for (YamlNode item : sequence.items()) {
                scalarText(key, item).ifPresent(out::add);
            }
        } else {
            scalarText(key, node.get()).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    public Optional<MappingReader> mapping(String key) {
        return node(key).flatMap(n -> {
            if (n instanceof YamlNode.Mapping m) {
                return Optional.of(new MappingReader(m, "'" + key + "' of " + what, parameters, problems));
            }
            problems.add(n.location(), "'" + key + "' of " + what + " expects a mapping (key: value lines) but was " + n.kind());
            return Optional.empty();
        });
    }

    public Optional<List<YamlNode>> list(String key) {
        return node(key).flatMap(n -> {
            if (n instanceof YamlNode.Sequence s) {
                return Optional.of(s.items());
            }
            problems.add(n.location(), "'" + key + "' of " + what + " expects a list (lines starting with '- ') but was " + n.kind());
            return Optional.empty();
        });
    }

    /** {@return a scalar's interpolated text, or empty after reporting what it was instead} */
    public Optional<String> scalarText(String key, YamlNode node) {
        if (node instanceof YamlNode.Scalar scalar) {
            if (scalar.isNull()) {
                problems.add(node.location(), "'" + key + "' of " + what + " has no value");
                return Optional.empty();
            }
            String text = parameters.interpolate(scalar.text(), node.location(), problems);
            // An unknown parameter is already reported; validating "${shema}.games" as a table would report it twice.
            return parameters.resolves(scalar.text()) ? Optional.of(text) : Optional.empty();
        }
        problems.add(node.location(), "'" + key + "' of " + what + " expects a value but was " + node.kind());
        return Optional.empty();
    }

    /**
     * Reads a constant for SQL: a number when YAML wrote it without quotes, text otherwise (parameters interpolated).
     */
    public Optional<dev.preflight.metric.Predicate.Literal> literal(String key) {
        return node(key).flatMap(n -> literalOf(key, n));
    }

    /** Reads a list of constants for SQL (see {@link #literal}); a single value is a list of one. */
    public Optional<List<dev.preflight.metric.Predicate.Literal>> literals(String key) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        List<YamlNode> items = node.get() instanceof YamlNode.Sequence sequence ? sequence.items() : List.of(node.get());
        List<dev.preflight.metric.Predicate.Literal> out = new ArrayList<>();
        for (YamlNode item : items) {
            literalOf(key, item).ifPresent(out::add);
        }
        return Optional.of(List.copyOf(out));
    }

    private Optional<dev.preflight.metric.Predicate.Literal> literalOf(String key, YamlNode node) {
        return scalarText(key, node).map(text -> dev.preflight.metric.Predicate.Literal.of(text,
                node instanceof YamlNode.Scalar scalar && scalar.number()));
    }

    /**
     * {@return the value exactly as written, {@code ${…}} placeholders kept}: for SQL whose placeholders become
     * query parameters instead of text
     */
    public Optional<String> rawString(String key) {
        return node(key).flatMap(n -> {
            if (n instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
                return Optional.of(scalar.text());
            }
            problems.add(n.location(), "'" + key + "' of " + what + " expects a value but was " + n.kind());
            return Optional.empty();
        });
    }

    /** Reports every key that no read asked for, with the nearest known key. */
    /** {@return the column named under {@code key} (required), or empty after a located problem} */
    public Optional<String> requiredColumn(String key) {
        return requiredString(key).flatMap(c -> columnName(c, locationOf(key), problems));
    }

    /** {@return the column named under {@code key}, or empty when absent or after a located problem} */
    public Optional<String> column(String key) {
        return string(key).flatMap(c -> columnName(c, locationOf(key), problems));
    }

    /** {@return the columns listed under {@code key}, each checked; the bad ones are located problems} */
    public List<String> columns(String key) {
        List<String> columns = new ArrayList<>();
        for (String text : stringList(key)) {
            columnName(text, locationOf(key), problems).ifPresent(columns::add);
        }
        return columns;
    }

    /** {@return the table named under {@code key}, or empty when absent or after a located problem} */
    public Optional<TableName> table(String key) {
        return string(key).flatMap(t -> tableName(t, locationOf(key), problems));
    }

    /**
     * {@return the SQL condition under {@code key}, placeholders kept and typed, or empty when absent or after a
     * located problem}. A condition is the suite author's SQL and runs as written, trusted like the suite; but it
     * must be one expression, and a parameter in it is a value (rendered by the dialect), never SQL text.
     */
    public Optional<SqlFragment> rowFilter(String key) {
        return node(key).flatMap(n -> {
            if (!(n instanceof YamlNode.Scalar scalar) || scalar.isNull()) {
                problems.add(n.location(), "'" + key + "' of " + what + " expects a SQL condition but was " + n.kind());
                return Optional.empty();
            }
            String text = scalar.text().trim();
            if (text.isEmpty()) {
                problems.add(n.location(), "'" + key + "' of " + what + " is empty; write a SQL condition such as minutes_played > 0, or leave the key out");
                return Optional.empty();
            }
            return condition(text, n.location());
        });
    }

    /** {@return a condition written inside another value (e.g. {@code share(points > 40)}), or empty after a located problem} */
    public Optional<SqlFragment> condition(String text, SourceLocation at) {
        return sql(text.trim(), at, Set.of(), "a condition is one SQL expression");
    }

    /**
     * {@return the SELECT under {@code key}, placeholders kept and each parameter's typed value captured, or empty
     * after located problems}: one SELECT (or WITH … SELECT), no second statement, no comment, placeholders outside
     * quotes and known. {@code builtIns} are placeholders the caller fills itself (the window, the table).
     */
    public Optional<SqlFragment> query(String key, Set<String> builtIns) {
        return rawString(key).flatMap(raw -> {
            SourceLocation at = locationOf(key);
            String text = raw.trim();
            if (text.endsWith(";")) {
                text = text.substring(0, text.length() - 1).trim();
            }
            if (!text.toLowerCase(java.util.Locale.ROOT).matches("(?s)(select|with)\\b.*")) {
                String first = text.split("\\s+", 2)[0];
                problems.add(at, "'" + key + "' of " + what + " must be one SELECT (or WITH … SELECT) statement, not one that starts '"
                        + (first.length() > 40 ? first.substring(0, 40) + "…" : first) + "'");
                return Optional.empty();
            }
            return sql(text, at, builtIns, "a query is one SELECT statement");
        });
    }

    private Optional<SqlFragment> sql(String text, SourceLocation at, Set<String> builtIns, String rule) {
        SqlLexer.Shape shape = SqlLexer.read(text, true);
        if (shape.problem().isPresent()) {
            SqlLexer.Problem problem = shape.problem().get();
            problems.add(at, rule + ", but '" + abbreviate(text) + "' has " + problem.message() + " (at character " + (problem.offset() + 1) + ")");
            return Optional.empty();
        }
        java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
        boolean ok = true;
        for (SqlLexer.Placeholder placeholder : shape.placeholders()) {
            String name = placeholder.name();
            if (placeholder.quoted()) {
                problems.add(at, "write ${" + name + "} without quotes around it: in SQL a placeholder is a value of its own type"
                        + " (text is quoted for you), so '${" + name + "}' would be the text itself");
                ok = false;
            } else if (!builtIns.contains(name)) {
                try {
                    values.put(name, parameters.sqlValue(name));
                } catch (IllegalArgumentException e) {
                    java.util.Set<String> known = new java.util.TreeSet<>(parameters.values().keySet());
                    known.addAll(builtIns);
                    problems.add(at, parameters.values().containsKey(name) ? e.getMessage()
                            : "unknown placeholder '${" + name + "}'" + Suggestions.hint(name, known) + "; known: " + String.join(", ", known));
                    ok = false;
                }
            }
        }
        return ok ? Optional.of(new SqlFragment(text, values, at)) : Optional.empty();
    }

    private static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }

    /** {@return the table, or empty after a located problem} */
    public static Optional<TableName> tableName(String text, SourceLocation at, Problems problems) {
        Optional<TableName> table = TableName.parse(text);
        if (table.isEmpty()) {
            problems.add(at, "'" + text + "' is not a table name: " + TableName.RULE);
        }
        return table;
    }

    /** {@return the column, or empty after a located problem} */
    public static Optional<String> columnName(String text, SourceLocation at, Problems problems) {
        String name = text.trim();
        if (!Identifiers.isColumn(name)) {
            problems.add(at, "'" + text + "' is not a column name: " + Identifiers.COLUMN_RULE);
            return Optional.empty();
        }
        return Optional.of(name);
    }

    public void rejectUnknownKeys() {
        boolean unknown = mapping.entries().keySet().stream().anyMatch(k -> !known.contains(k));
        if (unknown) {
            // "needs 'min'" beside "unknown key 'minimum'" is one mistake, a misspelt key, told twice: the unknown
            // key's line names the known keys (and the nearest), so it alone is kept.
            problems.removeIf(p -> p.location().equals(mapping.location()) && p.message().startsWith(what + " needs "));
        }
        for (YamlNode.Entry entry : mapping.entries().values()) {
            if (!known.contains(entry.key())) {
                problems.add(entry.keyLocation(), "unknown key '" + entry.key() + "' in " + what
                        + Suggestions.hint(entry.key(), known) + "; known keys: " + String.join(", ", known));
            }
        }
    }
}
