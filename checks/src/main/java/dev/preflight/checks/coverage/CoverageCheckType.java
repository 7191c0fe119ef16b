package dev.preflight.checks.coverage;

import dev.preflight.check.DatasetInfo;
import dev.preflight.check.CheckSpec;
import dev.preflight.check.CheckType;
import dev.preflight.yaml.MappingReader;

import java.util.Optional;

/**
 * {@code coverage: {min: 95}}: the share of expected calendar dates (bootstrap days excluded) on which the dataset
 * has rows must be at least {@code min} percent. {@code min_rows_per_date: 20} or {@code rows_per_calendar_count: 2}
 * (with the calendar's {@code count_distinct}) also require enough rows on each date, and report short dates;
 * {@code bootstrap_rows: false} fails a dataset that has rows on bootstrap dates.
 */
public final class CoverageCheckType implements CheckType {

    @Override
    public String name() {
        return "coverage";
    }

    @Override
    public Optional<CheckSpec> parse(MappingReader arguments, DatasetInfo dataset) {
        Optional<Double> min = arguments.percent("min");
        if (!arguments.has("min")) {
            arguments.missing("min");
        }
        Long minRows = arguments.integer("min_rows_per_date", 1).orElse(null);
        Long perCount = arguments.integer("rows_per_calendar_count", 1).orElse(null);
        if (minRows != null && perCount != null) {
            arguments.problems().add(arguments.locationOf("rows_per_calendar_count"), arguments.what()
                    + " takes one of 'min_rows_per_date' (a fixed number) and 'rows_per_calendar_count' (times the calendar's count), not both");
            return Optional.empty();
        }
        if ((arguments.has("min_rows_per_date") && minRows == null) || (arguments.has("rows_per_calendar_count") && perCount == null)) {
            return Optional.empty();
        }
        boolean bootstrapRows = arguments.bool("bootstrap_rows").orElse(true);
        return min.map(m -> new CoverageSpec(m, minRows, perCount, bootstrapRows,
                perCount == null ? null : arguments.locationOf("rows_per_calendar_count")));
    }
}
