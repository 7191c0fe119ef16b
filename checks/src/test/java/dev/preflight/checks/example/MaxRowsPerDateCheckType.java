package dev.preflight.checks.example;

import dev.preflight.check.DatasetInfo;
import dev.preflight.check.CheckSpec;
import dev.preflight.check.CheckType;
import dev.preflight.yaml.MappingReader;

import java.util.Optional;

/** {@code max_rows_per_date: {max: 500}}: no date in the window may have more than {@code max} rows. */
public final class MaxRowsPerDateCheckType implements CheckType {

    @Override
    public String name() {
        return "max_rows_per_date";
    }

    @Override
    public Optional<CheckSpec> parse(MappingReader arguments, DatasetInfo dataset) {
        if (!arguments.has("max")) {
            arguments.missing("max");
            return Optional.empty();
        }
        return arguments.integer("max", 1).map(MaxRowsPerDateSpec::new);
    }
}
