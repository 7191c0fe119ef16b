package dev.preflight.runner.gate;

import dev.preflight.result.GateResult;
import dev.preflight.source.Redaction;

/**
 * The gate's machine-readable result for orchestrators (Airflow, Cloud Composer); its schema is
 * docs/gate-result.schema.json, its model and writer {@link GateResult}; secrets withheld ({@link Redaction}).
 */
public final class JsonSummary {

    private JsonSummary() {
    }

    public static String render(RunResult result, boolean strict) {
        // Every gate.json (gate, run, demo) is rendered here, so it is redacted here.
        return Redaction.redact(result.gateResult(strict).render());
    }
}
