package dev.preflight.checks;

import dev.preflight.check.CheckTypes;
import dev.preflight.suite.Suite;
import dev.preflight.testing.SuiteEvaluation;
import dev.preflight.testing.SuiteTexts;

import java.nio.file.Path;

/** The built-in check types as the engine finds them, and a one-call evaluation of an inline suite. */
public final class BuiltInChecks {

    private BuiltInChecks() {
    }

    public static CheckTypes types() {
        return CheckTypes.load(BuiltInChecks.class.getClassLoader());
    }

    /** Parses {@code yaml} with the built-in checks and evaluates it against the DuckDB file {@code database}. */
    public static SuiteEvaluation evaluate(String yaml, Path database) {
        Suite suite = SuiteTexts.valid(yaml, types());
        return SuiteEvaluation.run(suite, database);
    }
}
