package dev.preflight.runner.gate;

import java.io.PrintWriter;
import java.util.function.Consumer;

/**
 * Shows which dataset is being scanned once a run has taken more than a second: a line that rewrites itself on a
 * terminal, plain lines in CI logs. Quick runs print nothing.
 */
public final class Progress implements Consumer<String>, AutoCloseable {

    private static final long QUIET_NANOS = 1_000_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private int datasets;
    private boolean drawn;

    public Progress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    public static Progress forConsole(PrintWriter err) {
        return new Progress(err, System.console() != null);
    }

    @Override
    public synchronized void accept(String dataset) {
        datasets++;
        if (System.nanoTime() - started < QUIET_NANOS) {
            return;
        }
        if (terminal) {
            err.print("\r\u001b[2K  scanning " + dataset + " (dataset " + datasets + ") …");
            drawn = true;
        } else {
            err.println("preflight: scanning " + dataset);
        }
        err.flush();
    }

    @Override
    public synchronized void close() {
        if (drawn) {
            err.print("\r\u001b[2K");
            err.flush();
        }
    }
}
