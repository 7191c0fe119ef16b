package dev.preflight.engine;

import dev.preflight.source.Problem;
import dev.preflight.source.SourceLocation;
import dev.preflight.source.SuiteDefinitionException;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

import java.util.List;

/**
 * A suite file that cannot run as written. It becomes one test that errors with every problem and its location,
 * so a bad suite is never a silent pass and never stops the other suites (cucumber-jvm#2631).
 */
final class InvalidSuiteDescriptor extends AbstractTestDescriptor implements Node<PreflightExecutionContext> {

    private final List<Problem> problems;

    InvalidSuiteDescriptor(UniqueId id, String name, SourceLocation file, List<Problem> problems) {
        super(id, (name == null ? file.displayName() : name) + " (invalid suite)", Sources.of(problems.isEmpty() ? file : problems.get(0).location()));
        this.problems = List.copyOf(problems);
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    @Override
    public PreflightExecutionContext execute(PreflightExecutionContext context, DynamicTestExecutor executor) {
        throw new SuiteDefinitionException(problems);
    }
}
