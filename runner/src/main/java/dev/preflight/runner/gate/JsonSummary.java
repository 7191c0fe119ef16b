package dev.preflight.runner.gate;

import dev.preflight.result.GateResult;

/**
 * The gate's machine-readable result for orchestrators (Airflow, Cloud Composer); its schema is
 * docs/gate-result.schema.json, its model and writer {@link GateResult}.
 */
public final class JsonSummary {

    private JsonSummary() {
    }

    public static String render(RunResult result, boolean strict) {
        return result.gateResult(strict).render();
    }
}
