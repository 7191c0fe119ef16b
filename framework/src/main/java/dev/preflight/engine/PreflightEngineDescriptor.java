package dev.preflight.engine;

import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/** The engine's root. */
final class PreflightEngineDescriptor extends EngineDescriptor implements Node<PreflightExecutionContext> {

    PreflightEngineDescriptor(UniqueId id) {
        super(id, "Preflight");
    }
}
