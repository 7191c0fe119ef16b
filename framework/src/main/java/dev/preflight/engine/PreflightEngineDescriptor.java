package dev.preflight.engine;

import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/** The engine's root. */
final class PreflightEngineDescriptor extends EngineDescriptor implements Node<PreflightExecutionContext> {

    private long allureMark;

    PreflightEngineDescriptor(UniqueId id) {
        super(id, "Preflight");
    }

    @Override
    public PreflightExecutionContext before(PreflightExecutionContext context) {
        allureMark = AllureBridge.mark();
        return context;
    }

    @Override
    public void after(PreflightExecutionContext context) {
        // Run-level report files (Allure's environment and categories) describe the suites that ran.
        AllureBridge.runFinished(allureMark, getChildren().stream()
                .filter(SuiteDescriptor.class::isInstance).map(child -> ((SuiteDescriptor) child).suite()).toList());
    }
}
