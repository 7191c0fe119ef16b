package dev.preflight.engine;

import dev.preflight.execution.DatasetRun;
import dev.preflight.execution.SuiteRun;

import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;

/**
 * What a node needs while it runs; each level adds its part and hands a new context to its children.
 */
final class PreflightExecutionContext implements EngineExecutionContext {

    private final EngineExecutionListener listener;
    private final PreflightConfiguration configuration;
    private final SuiteRun suiteRun;
    private final DatasetRun datasetRun;

    PreflightExecutionContext(EngineExecutionListener listener, PreflightConfiguration configuration) {
        this(listener, configuration, null, null);
    }

    private PreflightExecutionContext(EngineExecutionListener listener, PreflightConfiguration configuration,
                                      SuiteRun suiteRun, DatasetRun datasetRun) {
        this.listener = listener;
        this.configuration = configuration;
        this.suiteRun = suiteRun;
        this.datasetRun = datasetRun;
    }

    EngineExecutionListener listener() {
        return listener;
    }

    PreflightConfiguration configuration() {
        return configuration;
    }

    SuiteRun suiteRun() {
        return suiteRun;
    }

    DatasetRun datasetRun() {
        return datasetRun;
    }

    PreflightExecutionContext with(SuiteRun run) {
        return new PreflightExecutionContext(listener, configuration, run, null);
    }

    PreflightExecutionContext with(DatasetRun run) {
        return new PreflightExecutionContext(listener, configuration, suiteRun, run);
    }
}
