package dev.preflight.engine;

import org.junit.platform.engine.DiscoverySelector;

/** Selectors for parts of a suite, resolved only by this engine (Cucumber's {@code FeatureElementSelector}). */
final class SuiteSelectors {

    private SuiteSelectors() {
    }

    /** One dataset of the suite that {@code suite} selects. */
    record DatasetSelector(DiscoverySelector suite, String datasetId) implements DiscoverySelector {
    }

    /**
     * Selects nothing: what a stale unique id resolves to once it has been reported as a WARNING. Left unresolved,
     * the platform would report the id itself as an ERROR, which stops every suite of the run.
     */
    record Nothing(org.junit.platform.engine.UniqueId staleId) implements DiscoverySelector {
    }

    /** One check of one dataset of the suite that {@code suite} selects. */
    record CheckSelector(DiscoverySelector suite, String datasetId, String checkId) implements DiscoverySelector {
    }
}
