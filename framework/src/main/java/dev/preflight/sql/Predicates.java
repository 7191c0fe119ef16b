package dev.preflight.sql;

import dev.preflight.metric.Predicate;

import org.apiguardian.api.API;

import java.util.stream.Collectors;

import static org.apiguardian.api.API.Status.INTERNAL;

/** Renders {@link Predicate}s in a dialect's SQL; every column goes through {@link SqlDialect#quote}. */
@API(status = INTERNAL, since = "0.1")
public final class Predicates {

    /** The column a sample statement adds when a predicate asks whether a row's key repeats. */
    public static final String KEY_ROWS = "pf_key_rows";

    private Predicates() {
    }

    public static String render(Predicate predicate, SqlDialect dialect) {
        if (predicate instanceof Predicate.IsNull isNull) {
            return dialect.quote(isNull.column()) + " IS NULL";
        }
        if (predicate instanceof Predicate.Not not) {
            if (not.operand() instanceof Predicate.IsNull isNull) {
                return dialect.quote(isNull.column()) + " IS NOT NULL";
            }
            return "NOT (" + render(not.operand(), dialect) + ")";
        }
        if (predicate instanceof Predicate.And and) {
            return and.operands().stream().map(p -> group(p, dialect)).collect(Collectors.joining(" AND "));
        }
        if (predicate instanceof Predicate.Or or) {
            return or.operands().stream().map(p -> group(p, dialect)).collect(Collectors.joining(" OR "));
        }
        if (predicate instanceof Predicate.Sql sql) {
            return "(" + sql.condition().render(dialect::value) + ")";
        }
        if (predicate instanceof Predicate.Compare compare) {
            return dialect.quote(compare.column()) + " " + compare.operator().sql() + " " + literal(compare.value(), dialect);
        }
        if (predicate instanceof Predicate.In in) {
            if (in.values().isEmpty()) {
                // IN () is not SQL; an empty set accepts nothing.
                return "1 = 0";
            }
            return dialect.quote(in.column()) + " IN (" + in.values().stream().map(v -> literal(v, dialect)).collect(Collectors.joining(", ")) + ")";
        }
        if (predicate instanceof Predicate.ArrayLengthIsNot length) {
            return dialect.arrayLength(dialect.quote(length.column())) + " IS DISTINCT FROM " + length.length();
        }
        if (predicate instanceof Predicate.ArrayIsNot array) {
            return "NOT " + dialect.arrayEquals(dialect.quote(array.column()), array.values());
        }
        if (predicate instanceof Predicate.ArrayHasNonFinite finite) {
            String element = "pf_e";
            return dialect.arrayAny(dialect.quote(finite.column()), element, dialect.isNan(element) + " OR " + dialect.isInf(element));
        }
        if (predicate instanceof Predicate.ArrayElementIsNull element) {
            return dialect.arrayElement(dialect.quote(element.column()), element.index()) + " IS NULL";
        }
        if (predicate instanceof Predicate.KeyRepeated repeated) {
            return KEY_ROWS + " > 1" + repeated.nullKeys().rowsCompared(repeated.keys())
                    // An OR must be grouped to stay one operand of the AND; an AND chain needs no parentheses.
                    .map(p -> " AND " + (p instanceof Predicate.Or ? group(p, dialect) : render(p, dialect))).orElse("");
        }
        throw new IllegalArgumentException("no SQL for predicate " + predicate);
    }

    /** {@return whether rendering needs the window column of {@link Predicate.KeyRepeated}} */
    public static java.util.Optional<Predicate.KeyRepeated> repeatedKey(Predicate predicate) {
        if (predicate instanceof Predicate.KeyRepeated repeated) {
            return java.util.Optional.of(repeated);
        }
        if (predicate instanceof Predicate.Not not) {
            return repeatedKey(not.operand());
        }
        java.util.List<Predicate> operands = predicate instanceof Predicate.And and ? and.operands()
                : predicate instanceof Predicate.Or or ? or.operands() : java.util.List.of();
        return operands.stream().map(Predicates::repeatedKey).flatMap(java.util.Optional::stream).findFirst();
    }

    /** {@return whether the predicate holds SQL written by the suite's author, which may name any column} */
    static boolean hasAuthorSql(Predicate predicate) {
        if (predicate instanceof Predicate.Sql) {
            return true;
        }
        if (predicate instanceof Predicate.Not not) {
            return hasAuthorSql(not.operand());
        }
        java.util.List<Predicate> operands = predicate instanceof Predicate.And and ? and.operands()
                : predicate instanceof Predicate.Or or ? or.operands() : java.util.List.of();
        return operands.stream().anyMatch(Predicates::hasAuthorSql);
    }

    private static String group(Predicate predicate, SqlDialect dialect) {
        String sql = render(predicate, dialect);
        return predicate instanceof Predicate.And || predicate instanceof Predicate.Or ? "(" + sql + ")" : sql;
    }

    private static String literal(Predicate.Literal literal, SqlDialect dialect) {
        if (literal instanceof Predicate.Literal.Number number) {
            return number.value().toPlainString();
        }
        return dialect.literal(((Predicate.Literal.Text) literal).value());
    }
}
