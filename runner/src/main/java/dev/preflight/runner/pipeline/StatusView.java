package dev.preflight.runner.pipeline;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * What a person sees while a pipeline runs: a live table on a terminal ({@link LiveStatus}), plain lines in a log or
 * CI ({@link PlainStatus}).
 */
interface StatusView extends AutoCloseable {

    /** A job changed state; {@code detail} says why it failed or was skipped, or is empty. */
    void job(String id, JobState state, Instant since, Path log, String detail);

    /** The jobs about to run, in order, with their logs: a live table lists them all from the start. */
    default void jobs(java.util.Map<String, Path> logs) {
    }

    /** A gate finished. */
    void gate(GateOutcome gate);

    @Override
    void close();

    /**
     * A live table only when a person watches: {@link System#console()} is a terminal, and not CI (whose logs keep
     * every redraw as a new screenful).
     */
    static StatusView of(PrintWriter out, Path runDirectory) {
        boolean terminal = System.console() != null && System.getenv("CI") == null;
        return terminal ? new LiveStatus(out, runDirectory) : new PlainStatus(out, runDirectory);
    }

    static String elapsed(Instant since) {
        if (since == null) {
            return "";
        }
        Duration elapsed = Duration.between(since, Instant.now());
        long seconds = elapsed.toSeconds();
        return seconds < 60 ? String.format(Locale.ROOT, "%.1f s", elapsed.toMillis() / 1000.0)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    static String gateLine(GateOutcome gate) {
        String line = "gate " + gate.id() + " (" + gate.suite() + "): " + gate.verdict() + ", exit code " + gate.exitCode();
        if (gate.override().isPresent()) {
            line += " — run past with --skip-preflight by " + gate.override().get().user() + ": " + gate.override().get().reason();
        }
        return gate.failingChecks().isEmpty() || gate.exitCode() == 0 ? line
                : line + System.lineSeparator() + "    " + String.join(System.lineSeparator() + "    ", gate.failingChecks().stream().limit(5).toList());
    }
}
