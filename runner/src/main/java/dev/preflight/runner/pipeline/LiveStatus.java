package dev.preflight.runner.pipeline;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A table of jobs (state, elapsed time, log) redrawn in place on a terminal, once a second and on every change;
 * finished gates print above it and stay.
 */
final class LiveStatus implements StatusView {

    /** @param took how long a finished job ran, fixed when it finished; empty while it runs or waits */
    private record Row(JobState state, Instant since, Path log, String detail, String took) {
    }

    private final PrintWriter out;
    private final Path runDirectory;
    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "preflight-status");
        thread.setDaemon(true);
        return thread;
    });
    private int drawn;

    LiveStatus(PrintWriter out, Path runDirectory) {
        this.out = out;
        this.runDirectory = runDirectory;
        ticker.scheduleAtFixedRate(this::redraw, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public synchronized void job(String id, JobState state, Instant since, Path log, String detail) {
        rows.put(id, new Row(state, since, log, detail, state.finished() && since != null ? StatusView.elapsed(since) : ""));
        redraw();
    }

    @Override
    public synchronized void jobs(Map<String, Path> logs) {
        logs.forEach((id, log) -> rows.put(id, new Row(JobState.PENDING, null, log, "", "")));
        redraw();
    }

    @Override
    public synchronized void gate(GateOutcome gate) {
        erase();
        out.println(StatusView.gateLine(gate));
        redraw();
    }

    private synchronized void redraw() {
        erase();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "  %-32s %-16s %9s  %s", "Job", "State", "Elapsed", "Log"));
        rows.forEach((id, row) -> lines.add(String.format(Locale.ROOT, "  %-32s %-16s %9s  %s%s", id, row.state().word(),
                row.state() == JobState.RUNNING ? StatusView.elapsed(row.since()) : row.took(), runDirectory.relativize(row.log()),
                row.detail().isEmpty() ? "" : "  " + row.detail())));
        lines.forEach(out::println);
        drawn = lines.size();
        out.flush();
    }

    /** Moves the cursor up over the last table and clears to the end of the screen. */
    private void erase() {
        if (drawn > 0) {
            out.print("\033[" + drawn + "A\033[J");
            drawn = 0;
        }
    }

    @Override
    public synchronized void close() {
        ticker.shutdownNow();
        redraw();
    }
}
