package dev.preflight.runner.gate;

import dev.preflight.result.GateResult;
import dev.preflight.source.Redaction;

import java.io.PrintWriter;

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

    /**
     * Writes what {@link #render} returns to {@code out}, streamed (a result of 5,000 checks is 3.4 MB) and redacted
     * once: by {@code out} itself when it is a {@link Redaction#writer}, as the command's standard output is.
     */
    public static void write(RunResult result, boolean strict, PrintWriter out) {
        PrintWriter redacted = Redaction.writer(out);
        result.gateResult(strict).render(redacted);
        redacted.flush();
    }
}
