package dev.preflight.checks.engine;

import dev.preflight.check.CheckContext;
import dev.preflight.check.CheckResult;
import dev.preflight.check.CheckSpec;
import dev.preflight.check.CheckType;
import dev.preflight.check.DatasetInfo;
import dev.preflight.metric.Metric;
import dev.preflight.yaml.MappingReader;

import java.util.List;
import java.util.Optional;

/**
 * {@code throws_on_evaluate: {}}: a check type with a bug. It asks for the row count like a healthy check, so it
 * shares its dataset's scan, and then throws while judging it. Registered only by {@link EvaluateThrowsTest}.
 */
public final class ThrowingCheckType implements CheckType {

    static final String MESSAGE = "a bug in the check type";

    @Override
    public String name() {
        return "throws_on_evaluate";
    }

    @Override
    public Optional<CheckSpec> parse(MappingReader arguments, DatasetInfo dataset) {
        return Optional.of(new Spec());
    }

    record Spec() implements CheckSpec {

        @Override
        public String defaultId() {
            return "throws_on_evaluate";
        }

        @Override
        public List<Metric> metrics() {
            return List.of(Metric.rowCount());
        }

        @Override
        public String describe() {
            return "throws while judging";
        }

        @Override
        public CheckResult evaluate(CheckContext context) {
            throw new IllegalStateException(MESSAGE);
        }
    }
}
