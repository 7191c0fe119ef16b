package dev.preflight.model;

import dev.preflight.source.SourceLocation;

import org.apiguardian.api.API;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * A condition written by the suite's author ({@code where:} of a dataset, a check or a calendar), with its
 * {@code ${name}} placeholders kept and the typed value each one stands for. A value reaches SQL only as a literal
 * the warehouse's dialect renders from its type, so no parameter can change the statement's shape; and the text was
 * read by {@link SqlLexer} to be one expression (no {@code ;}, no comment, parentheses balanced), so it cannot close
 * the parenthesis the planner puts around it.
 *
 * @param text the condition as written, placeholders kept
 * @param values each placeholder's value: {@link String}, {@link Long}, {@link java.math.BigDecimal} or
 *        {@link java.time.LocalDate}
 * @param location where the condition is written
 */
@API(status = MAINTAINED, since = "0.2")
public record SqlFragment(String text, Map<String, Object> values, SourceLocation location) {

    public SqlFragment {
        Objects.requireNonNull(text, "text must not be null");
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** A condition without placeholders, e.g. one a test writes. */
    public static SqlFragment of(String text) {
        return new SqlFragment(text, Map.of(), null);
    }

    /** {@return the condition with each placeholder replaced by {@code literal} of its value} */
    public String render(Function<Object, String> literal) {
        if (values.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (SqlLexer.Placeholder placeholder : SqlLexer.read(text, true).placeholders()) {
            out.append(text, from, placeholder.offset()).append(literal.apply(values.get(placeholder.name())));
            from = placeholder.end();
        }
        return out.append(text.substring(from)).toString();
    }

    // Where a condition is written does not change what it asks: two checks with the same condition share a metric.
    @Override
    public boolean equals(Object other) {
        return other instanceof SqlFragment f && f.text.equals(text) && f.values.equals(values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, values);
    }

    @Override
    public String toString() {
        return text;
    }
}
