package dev.preflight.runner.pipeline;

import dev.preflight.runner.gate.UsageException;

/**
 * {@code --skip-preflight --reason "…"}: closed pre-flight gates are run past, and each time is recorded with who
 * and why. Refused without a reason: an override nobody can explain later is not an audit record.
 *
 * @param active whether {@code --skip-preflight} was given
 * @param reason the reason, or {@code null}
 * @param user who runs the command ({@code user.name})
 */
public record SkipPreflight(boolean active, String reason, String user) {

    public static final SkipPreflight OFF = new SkipPreflight(false, null, System.getProperty("user.name", "unknown"));

    /** @throws UsageException when one is given without the other, or the reason is blank */
    public static SkipPreflight of(boolean skip, String reason) {
        if (skip && (reason == null || reason.isBlank())) {
            throw new UsageException("--skip-preflight needs --reason \"why the closed gate may be run past\"; it goes into the run record");
        }
        if (!skip && reason != null) {
            throw new UsageException("--reason goes with --skip-preflight; without it no gate is run past");
        }
        return new SkipPreflight(skip, reason, System.getProperty("user.name", "unknown"));
    }
}
