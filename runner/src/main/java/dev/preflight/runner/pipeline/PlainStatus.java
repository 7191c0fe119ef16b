package dev.preflight.runner.pipeline;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;

/** One line per change, for logs and CI: nothing is redrawn. */
final class PlainStatus implements StatusView {

    private final PrintWriter out;
    private final Path runDirectory;

    PlainStatus(PrintWriter out, Path runDirectory) {
        this.out = out;
        this.runDirectory = runDirectory;
    }

    @Override
    public synchronized void job(String id, JobState state, Instant since, Path log, String detail) {
        String line = "job " + id + ": " + state.word();
        if (state == JobState.RUNNING) {
            line += " (log " + runDirectory.relativize(log) + ")";
        } else if (state.finished() && since != null) {
            line += " after " + StatusView.elapsed(since);
        }
        out.println(line + (detail.isEmpty() ? "" : " — " + detail));
        out.flush();
    }

    @Override
    public synchronized void gate(GateOutcome gate) {
        out.println(StatusView.gateLine(gate));
        out.flush();
    }

    @Override
    public void close() {
        out.flush();
    }
}
