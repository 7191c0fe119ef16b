package dev.preflight.metric;

import dev.preflight.model.SqlFragment;
import org.apiguardian.api.API;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A condition on one row of a dataset, kept as a value so that equal conditions are one metric and every warehouse
 * renders it in its own SQL. Checks build these; they never write SQL text,
 * except {@link Sql}, a row filter the suite's author wrote.
 */
@API(status = STABLE, since = "0.1")
public sealed interface Predicate permits Predicate.IsNull, Predicate.Not, Predicate.And, Predicate.Or, Predicate.Sql,
        Predicate.Compare, Predicate.In, Predicate.ArrayLengthIsNot, Predicate.ArrayIsNot, Predicate.ArrayHasNonFinite, Predicate.ArrayElementIsNull,
        Predicate.KeyRepeated {

    /** {@return the columns the condition names, for projection and "column does not exist" diagnoses} */
    List<String> columns();

    /** {@code column IS NULL}. */
    record IsNull(String column) implements Predicate {
        public IsNull {
            Objects.requireNonNull(column, "column must not be null");
        }

        @Override
        public List<String> columns() {
            return List.of(column);
        }
    }

    /** {@code NOT (operand)}. */
    record Not(Predicate operand) implements Predicate {
        @Override
        public List<String> columns() {
            return operand.columns();
        }
    }

    /** Every operand holds. */
    record And(List<Predicate> operands) implements Predicate {
        public And {
            operands = List.copyOf(operands);
        }

        @Override
        public List<String> columns() {
            return union(operands);
        }
    }

    /** At least one operand holds. */
    record Or(List<Predicate> operands) implements Predicate {
        public Or {
            operands = List.copyOf(operands);
        }

        @Override
        public List<String> columns() {
            return union(operands);
        }
    }

    /**
     * A condition written in SQL by the suite's author (a row filter such as {@code points IS NOT NULL}); sent as
     * written, so it names no columns that Preflight could check beforehand.
     */
    record Sql(SqlFragment condition) implements Predicate {

        /** A condition without parameters. */
        public Sql(String condition) {
            this(SqlFragment.of(condition));
        }

        @Override
        public List<String> columns() {
            return List.of();
        }
    }

    /** The comparisons a range check needs. */
    enum Operator {
        LESS("<"), LESS_OR_EQUAL("<="), GREATER(">"), GREATER_OR_EQUAL(">="), EQUAL("="), NOT_EQUAL("<>");

        private final String sql;

        Operator(String sql) {
            this.sql = sql;
        }

        public String sql() {
            return sql;
        }
    }

    /** {@code column <operator> value}; NULL when the column is NULL, as in SQL. */
    record Compare(String column, Operator operator, Literal value) implements Predicate {
        @Override
        public List<String> columns() {
            return List.of(column);
        }
    }

    /** {@code column IN (values)}; with no values it never holds. */
    record In(String column, List<Literal> values) implements Predicate {
        public In {
            values = List.copyOf(values);
        }

        @Override
        public List<String> columns() {
            return List.of(column);
        }
    }

    /** The ARRAY column's length is not {@code length}, or the array is NULL. */
    record ArrayLengthIsNot(String column, long length) implements Predicate {
        @Override
        public List<String> columns() {
            return List.of(column);
        }
    }

    /** The ARRAY column does not equal {@code values} element by element, or is NULL. */
    record ArrayIsNot(String column, List<String> values) implements Predicate {
        public ArrayIsNot {
            values = List.copyOf(values);
        }

        @Override
        public List<String> columns() {
            return List.of(column);
        }
    }

    /** The numeric ARRAY column holds a NaN, +Inf or -Inf. */
    record ArrayHasNonFinite(String column) implements Predicate {
        @Override
        public List<String> columns() {
            return List.of(column);
        }
    }

    /** Element {@code index} (0-based) of the ARRAY column is NULL or missing, or the array is NULL. */
    record ArrayElementIsNull(String column, int index) implements Predicate {
        @Override
        public List<String> columns() {
            return List.of(column);
        }
    }

    /**
     * The row's key occurs on more than one row of the window (every copy, the first included), among the rows
     * {@code nullKeys} compares. Needs a window function, so only failed-row samples render it; scans count it as
     * {@link Metric.RepeatedKeyRows}.
     */
    record KeyRepeated(List<String> keys, NullKeys nullKeys) implements Predicate {
        public KeyRepeated {
            keys = List.copyOf(keys);
            Objects.requireNonNull(nullKeys, "nullKeys must not be null");
        }

        /** No key column NULL. */
        public KeyRepeated(List<String> keys) {
            this(keys, NullKeys.IGNORE_ANY);
        }

        @Override
        public List<String> columns() {
            return keys;
        }
    }

    /** A constant as the suite wrote it: a number, or text that the warehouse casts to the column's type. */
    sealed interface Literal permits Literal.Number, Literal.Text {

        /** A number written without quotes. */
        record Number(BigDecimal value) implements Literal {
            @Override
            public String toString() {
                return value.toPlainString();
            }
        }

        /** Text, a date written as text, or anything quoted. */
        record Text(String value) implements Literal {
            @Override
            public String toString() {
                return "'" + value + "'";
            }
        }

        /** {@return a number when {@code text} reads as one and {@code number} says YAML resolved it so} */
        static Literal of(String text, boolean number) {
            if (number) {
                try {
                    return new Number(new BigDecimal(text.trim()));
                } catch (NumberFormatException e) {
                    // YAML numbers such as .inf or 0x1F are not SQL numbers; keep them as text.
                }
            }
            return new Text(text);
        }
    }

    static Predicate isNull(String column) {
        return new IsNull(column);
    }

    static Predicate notNull(String column) {
        return new Not(new IsNull(column));
    }

    /** {@return the conjunction, flattening nested ANDs and dropping a lone operand's wrapper} */
    static Predicate and(Predicate... operands) {
        List<Predicate> flat = new ArrayList<>();
        for (Predicate operand : operands) {
            if (operand instanceof And and) {
                flat.addAll(and.operands());
            } else if (operand != null) {
                flat.add(operand);
            }
        }
        return flat.size() == 1 ? flat.get(0) : new And(flat);
    }

    private static List<String> union(List<Predicate> operands) {
        Set<String> columns = new LinkedHashSet<>();
        operands.forEach(o -> columns.addAll(o.columns()));
        return List.copyOf(columns);
    }
}
