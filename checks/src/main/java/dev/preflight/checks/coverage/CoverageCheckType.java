package dev.preflight.checks.coverage;

import dev.preflight.check.CheckParseContext;
import dev.preflight.check.CheckSpec;
import dev.preflight.check.CheckType;
import dev.preflight.suite.MappingReader;

import java.util.Optional;

/**
 * {@code coverage: {min: 95}}: the share of expected calendar dates (bootstrap days excluded) on which the dataset
 * has rows must be at least {@code min} percent.
 */
public final class CoverageCheckType implements CheckType {

    @Override
    public String name() {
        return "coverage";
    }

    @Override
    public Optional<CheckSpec> parse(MappingReader arguments, CheckParseContext dataset) {
        Optional<Double> min = arguments.percent("min");
        if (!arguments.has("min")) {
            arguments.missing("min");
        }
        return min.map(CoverageSpec::new);
    }
}
