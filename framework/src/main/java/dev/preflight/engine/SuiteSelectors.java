package dev.preflight.engine;

import org.junit.platform.engine.DiscoverySelector;

/** Selectors for parts of a suite, resolved only by this engine (Cucumber's {@code FeatureElementSelector}). */
final class SuiteSelectors {

    private SuiteSelectors() {
    }

    /** One dataset of the suite that {@code suite} selects. */
    record DatasetSelector(DiscoverySelector suite, String datasetId) implements DiscoverySelector {
    }

    /** One check of one dataset of the suite that {@code suite} selects. */
    record CheckSelector(DiscoverySelector suite, String datasetId, String checkId) implements DiscoverySelector {
    }
}
