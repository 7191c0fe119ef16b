package dev.preflight.checks.rowsperdate;

import dev.preflight.check.DatasetInfo;
import dev.preflight.check.CheckSpec;
import dev.preflight.check.CheckType;
import dev.preflight.checks.rowcount.RowCountCheckType;
import dev.preflight.checks.rowcount.RowCountSpec;
import dev.preflight.yaml.MappingReader;

import java.util.Optional;

/** {@code row_count_per_date: {min: 20, max: 40}}: rows on each expected date (each date with rows, without a calendar). */
public final class RowCountPerDateCheckType implements CheckType {

    @Override
    public String name() {
        return "row_count_per_date";
    }

    /** The bounds read exactly as {@code row_count}'s, so both take the same settings and report the same problems. */
    @Override
    public Optional<CheckSpec> parse(MappingReader arguments, DatasetInfo dataset) {
        return new RowCountCheckType().parse(arguments, dataset).map(RowCountSpec.class::cast)
                .map(bounds -> new RowCountPerDateSpec(bounds.min(), bounds.max(), dataset.hasCalendar()));
    }
}
