package dev.preflight.testing;

import dev.preflight.check.CheckContext;
import dev.preflight.check.DatasetInfo;
import dev.preflight.check.CheckResult;
import dev.preflight.check.CheckSpec;
import dev.preflight.check.CheckType;
import dev.preflight.check.CheckTypes;
import dev.preflight.metric.Metric;
import dev.preflight.yaml.MappingReader;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Two tiny check types, so framework tests exercise the check SPI without the built-in checks (which live in a
 * module that depends on this one): {@code nulls: {column: c, max: 5}} and {@code calendar_days: {}}.
 */
public final class ExampleChecks {

    private ExampleChecks() {
    }

    /** {@return a registry with {@code nulls} and {@code calendar_days}} */
    public static CheckTypes types() {
        return CheckTypes.of(new NullsType(), new CalendarDaysType());
    }

    /** {@code nulls: {column: c, max: 5}}: at most {@code max} percent NULLs. */
    public static final class NullsType implements CheckType {
        @Override
        public String name() {
            return "nulls";
        }

        @Override
        public Optional<CheckSpec> parse(MappingReader arguments, DatasetInfo dataset) {
            Optional<String> column = arguments.requiredColumn("column");
            Optional<Double> max = arguments.percent("max");
            if (!arguments.has("max")) {
                arguments.missing("max");
            }
            return column.flatMap(c -> max.map(m -> new Nulls(c, m)));
        }
    }

    /** The parsed {@code nulls} check. */
    public record Nulls(String column, double max) implements CheckSpec {
        @Override
        public String defaultId() {
            return "nulls(" + column + ")";
        }

        @Override
        public List<Metric> metrics() {
            return List.of(new Metric.RowCount(), new Metric.NullCount(column));
        }

        @Override
        public String describe() {
            return column + " null <= " + max + "%";
        }

        @Override
        public CheckResult evaluate(CheckContext context) {
            long nulls = context.metrics().total(new Metric.NullCount(column));
            return CheckResult.passed(nulls + " nulls", "<= " + max, String.valueOf(nulls), Map.of());
        }
    }

    /** {@code calendar_days: {}}: needs the expected calendar. */
    public static final class CalendarDaysType implements CheckType {
        @Override
        public String name() {
            return "calendar_days";
        }

        @Override
        public Optional<CheckSpec> parse(MappingReader arguments, DatasetInfo dataset) {
            return Optional.of(new CalendarDays());
        }
    }

    /** The parsed {@code calendar_days} check. */
    public record CalendarDays() implements CheckSpec {
        @Override
        public String defaultId() {
            return "calendar_days";
        }

        @Override
        public List<Metric> metrics() {
            return List.of(new Metric.RowCount());
        }

        @Override
        public boolean needsCalendar() {
            return true;
        }

        @Override
        public String describe() {
            return "calendar days";
        }

        @Override
        public CheckResult evaluate(CheckContext context) {
            return CheckResult.passed("ok", "", "", Map.of());
        }
    }
}
