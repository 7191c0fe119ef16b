package dev.preflight.engine;

import dev.preflight.check.CheckTypes;
import dev.preflight.suite.SuiteParser;
import org.junit.platform.commons.io.ResourceFilter;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;
import org.junit.platform.engine.support.discovery.EngineDiscoveryRequestResolver;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestEngine;

import java.time.Clock;
import java.util.Optional;

/**
 * Runs Preflight suites on the JUnit Platform: suite → dataset → check. Discovery only reads YAML; the warehouse is
 * opened when a suite with selected checks runs.
 */
public final class PreflightTestEngine extends HierarchicalTestEngine<PreflightExecutionContext> {

    @Override
    public String getId() {
        return Constants.ENGINE_ID;
    }

    @Override
    public Optional<String> getGroupId() {
        return Optional.of("dev.preflight");
    }

    @Override
    public Optional<String> getArtifactId() {
        return Optional.of("preflight-framework");
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        DiscoveryIssueReporter issues = DiscoveryIssueReporter.deduplicating(
                DiscoveryIssueReporter.forwarding(request.getDiscoveryListener(), uniqueId));
        PreflightConfiguration configuration = new PreflightConfiguration(request.getConfigurationParameters());
        SuiteParser parser = new SuiteParser(CheckTypes.load(Thread.currentThread().getContextClassLoader()),
                configuration.parameterSource(), configuration.warehouseOverrides(), Clock.systemDefaultZone());
        SuiteFiles files = new SuiteFiles(parser);
        PreflightEngineDescriptor root = new PreflightEngineDescriptor(uniqueId);
        EngineDiscoveryRequestResolver.<PreflightEngineDescriptor>builder()
                .addResourceContainerSelectorResolver(ResourceFilter.of(SuiteResolver::isSuiteResource))
                .addSelectorResolver(context -> new SuiteResolver(files, issues, uniqueId))
                .addTestDescriptorVisitor(context -> TestDescriptor::prune)
                .build()
                .resolve(request, root, issues);
        return root;
    }

    @Override
    protected PreflightExecutionContext createExecutionContext(ExecutionRequest request) {
        return new PreflightExecutionContext(request.getEngineExecutionListener(),
                new PreflightConfiguration(request.getConfigurationParameters()));
    }
}
