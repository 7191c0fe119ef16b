package dev.preflight.engine;

import dev.preflight.execution.CheckRun;
import dev.preflight.execution.DatasetRun;
import dev.preflight.result.Outcome;

import dev.preflight.check.CheckResult;
import dev.preflight.suite.CheckDefinition;
import dev.preflight.suite.Dataset;
import dev.preflight.suite.Suite;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import java.util.List;
import java.util.Set;

/**
 * One check: a test. A breach of an error-severity check fails with an {@link AssertionFailedError} carrying the
 * expected and actual values; a check that cannot be evaluated is aborted; a warehouse or suite error is rethrown
 * as is, so it counts as an error, not a failure.
 */
final class CheckDescriptor extends AbstractTestDescriptor implements Node<PreflightExecutionContext> {

    private final Suite suite;
    private final Dataset dataset;
    private final CheckDefinition check;

    CheckDescriptor(UniqueId id, Suite suite, Dataset dataset, CheckDefinition check) {
        // Surefire's XML names a test by its display name alone, so the dataset keeps names unique across a suite.
        super(id, dataset.id() + " › " + check.id() + ": " + check.spec().describe(), Sources.of(check.location()));
        this.suite = suite;
        this.dataset = dataset;
        this.check = check;
    }

    CheckDefinition check() {
        return check;
    }

    /**
     * A breach's stack trace is the check's line in the suite, as Cucumber's is the step's line in the feature:
     * {@code at ✽.player_game_summary › coverage(suites/phase3.yaml:24)}, which Surefire, the ConsoleLauncher and
     * IDEs print under the message. The engine's own frames say nothing about the data and are left out; an error
     * (a warehouse or suite failure) keeps its stack trace.
     */
    private <T extends Throwable> T atCheck(T breach) {
        breach.setStackTrace(new StackTraceElement[] {new StackTraceElement("✽", dataset.id() + " › " + check.id(),
                check.location().displayName(), check.location().line())});
        return breach;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    @Override
    public Set<TestTag> getTags() {
        return Tags.of(suite.tags(), dataset.tags(), check.tags(), List.of(check.type()));
    }

    @Override
    public PreflightExecutionContext execute(PreflightExecutionContext context, DynamicTestExecutor executor) {
        DatasetRun run = context.datasetRun();
        ResultEntries entries = new ResultEntries(suite, dataset, check, context.configuration().reportSourceUrl());
        // The dataset's run already judged every check (fallback, waivers, samples included); a check errors only
        // when something it needed failed.
        CheckRun checkRun = run.check(check);
        if (checkRun.error().isPresent()) {
            RuntimeException failure = checkRun.error().get();
            ReportEntry entry = entries.error(failure);
            context.listener().reportingEntryPublished(this, entry);
            throw failure;
        }
        CheckResult result = checkRun.result();
        Outcome outcome = checkRun.outcome();
        ReportEntry entry = entries.of(outcome, result);
        // Published on this thread before the test ends: listeners that keep the current test per thread (Allure's)
        // attach what they make of it to this check.
        context.listener().reportingEntryPublished(this, entry);
        switch (outcome) {
            case FAILED:
                throw atCheck(new AssertionFailedError(result.message(), result.expected(), result.actual()));
            case WARNED:
                if (context.configuration().warningsFail()) {
                    throw atCheck(new AssertionFailedError("[warn] " + result.message(), result.expected(), result.actual()));
                }
                return context;
            case NOT_APPLICABLE:
                throw atCheck(new TestAbortedException(result.message()));
            default:
                return context;
        }
    }

}
