package dev.preflight.execution;

import dev.preflight.result.Outcome;
import dev.preflight.suite.CheckDefinition;
import dev.preflight.suite.Dataset;
import java.util.List;
import dev.preflight.calendar.ExpectedCalendar;
import dev.preflight.suite.Suite;
import dev.preflight.warehouse.StatementLog;
import dev.preflight.warehouse.Warehouse;
import dev.preflight.warehouse.Warehouses;

/**
 * The resources of one suite's run: its warehouse, opened on first use, and its calendar, loaded once.
 * Confined to the suite's node; closed when the suite finishes.
 *
 * <p>With a warehouse {@code parallelism} above 1 the datasets' runs start ahead of the engine, that many at once, in
 * suite order ({@link #scanAhead}); the engine still takes them one by one in suite order, so results and events are
 * those of a sequential run. At most twice {@code parallelism} finished runs wait to be taken, so memory stays bounded
 * however many datasets a suite has.
 */
public final class SuiteRun implements AutoCloseable {

    private final Suite suite;
    private final Warehouses warehouses;
    private final StatementLog log = new StatementLog();
    private Warehouse warehouse;
    private RuntimeException warehouseFailure;
    private ExpectedCalendar calendar;
    private RuntimeException calendarFailure;
    private final java.time.LocalDate today;
    private final java.util.List<Outcome> outcomes = new java.util.ArrayList<>();
    private final java.util.ArrayDeque<Ahead> waiting = new java.util.ArrayDeque<>();
    private final java.util.Map<Dataset, Ahead> started = new java.util.IdentityHashMap<>();
    private java.util.concurrent.ExecutorService scanners;
    private int window;
    /** The first dataset's run: the others start when it has finished (see {@link #scanAhead}). */
    private java.util.concurrent.CompletableFuture<DatasetRun> lead;

    /** A dataset's run, planned to start ahead of the engine. */
    private record Ahead(Dataset dataset, List<CheckDefinition> checks, java.util.concurrent.CompletableFuture<DatasetRun> run) {
    }
    private final java.time.Instant runTime = java.time.Instant.now();
    /** The start time, readable, and six random hex digits, so runs started within the same second stay apart. */
    private final String runId = RUN_ID.format(runTime) + "-" + String.format("%06x", java.util.concurrent.ThreadLocalRandom.current().nextInt(1 << 24));
    private dev.preflight.warehouse.MetricHistory history;
    private RuntimeException historyFailure;

    private static final java.time.format.DateTimeFormatter RUN_ID =
            java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(java.time.ZoneOffset.UTC);

    public SuiteRun(Suite suite, Warehouses warehouses) {
        this(suite, warehouses, java.time.LocalDate.now());
    }

    /** @param today the day the run judges waiver expiry and freshness against */
    public SuiteRun(Suite suite, Warehouses warehouses, java.time.LocalDate today) {
        this.suite = suite;
        this.warehouses = warehouses;
        this.today = today;
    }

    public java.time.LocalDate today() {
        return today;
    }

    /** Remembers a check's outcome for the suite's verdict. */
    public synchronized void record(Outcome outcome) {
        outcomes.add(outcome);
    }

    public synchronized java.util.List<Outcome> outcomes() {
        return java.util.List.copyOf(outcomes);
    }

    public Suite suite() {
        return suite;
    }

    public StatementLog log() {
        return log;
    }

    public synchronized Warehouse warehouse() {
        if (warehouseFailure != null) {
            throw warehouseFailure;
        }
        if (warehouse == null) {
            try {
                // A wrong parallelism is the suite's mistake even in a run that scans one dataset at a time.
                warehouses.parallelism(suite.warehouse());
                warehouse = log.observe(warehouses.open(suite.warehouse()));
            } catch (RuntimeException e) {
                warehouseFailure = e;
                throw e;
            }
        }
        return warehouse;
    }

    /** {@return this run's id in the metric history, e.g. {@code 20260103T061500Z-3f9a2c}} */
    public String runId() {
        return runId;
    }

    public java.time.Instant runTime() {
        return runTime;
    }

    /**
     * {@return the suite's metric history, opened on first use; empty when the suite keeps none}
     *
     * @throws RuntimeException when it cannot be opened (a warning for the caller, never the gate's failure)
     */
    public synchronized java.util.Optional<dev.preflight.warehouse.MetricHistory> history() {
        if (suite.historySpec().isEmpty()) {
            return java.util.Optional.empty();
        }
        if (historyFailure != null) {
            throw historyFailure;
        }
        if (history == null) {
            try {
                history = warehouses.history(suite.historySpec().get(), suite.warehouse());
            } catch (RuntimeException e) {
                historyFailure = e;
                throw e;
            }
        }
        return java.util.Optional.of(history);
    }

    public synchronized ExpectedCalendar calendar() {
        if (calendarFailure != null) {
            throw calendarFailure;
        }
        if (calendar == null) {
            try {
                calendar = CalendarLoader.load(suite.calendar(), suite.seasons(), suite.window(), this::warehouse);
            } catch (RuntimeException e) {
                calendarFailure = e;
                throw e;
            }
        }
        return calendar;
    }

    /**
     * Starts the runs of {@code datasets} (each with its selected checks, in suite order) ahead of the engine when the
     * warehouse's {@code parallelism} is above 1; does nothing otherwise, or when the warehouse's settings are wrong
     * (the first dataset reports that).
     *
     * <p>The first dataset runs alone; the others start, that many at once, when it has finished. A warehouse that
     * does not answer is then found out by the first dataset's statement, and every later statement fails as it does
     * in a sequential run (BigQuery: "not sent: …, because … took longer than timeout_seconds"), naming the same
     * dataset whatever the threads' timing.
     */
    public synchronized void scanAhead(java.util.Map<Dataset, List<CheckDefinition>> datasets) {
        int parallelism;
        try {
            parallelism = warehouses.parallelism(suite.warehouse());
        } catch (RuntimeException e) {
            return;
        }
        if (parallelism <= 1 || datasets.size() <= 1 || scanners != null) {
            return;
        }
        java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
        scanners = java.util.concurrent.Executors.newFixedThreadPool(Math.min(parallelism, datasets.size()), task -> {
            // Daemon threads: a scan abandoned by a stopped run must never keep the JVM (a gate) alive.
            Thread thread = new Thread(task, "preflight-scan-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        window = 2 * parallelism;
        datasets.forEach((dataset, checks) -> waiting.add(new Ahead(dataset, List.copyOf(checks), new java.util.concurrent.CompletableFuture<>())));
        startMore();
    }

    /** Starts waiting runs, in suite order, while fewer than the window are started and not yet taken. */
    private void startMore() {
        while (!waiting.isEmpty() && started.size() < window) {
            Ahead next = waiting.poll();
            started.put(next.dataset(), next);
            java.util.concurrent.CompletableFuture<DatasetRun> first = lead;
            if (first == null) {
                lead = next.run();
            }
            scanners.execute(() -> {
                try {
                    if (first != null) {
                        awaitQuietly(first);
                    }
                    next.run().complete(DatasetRun.compute(this, next.dataset(), next.checks()));
                } catch (Throwable e) {
                    next.run().completeExceptionally(e);
                }
            });
        }
    }

    /** Waits for the first dataset's run to end, however it ends; an interruption (the run is closing) is thrown. */
    private static void awaitQuietly(java.util.concurrent.CompletableFuture<DatasetRun> first) throws InterruptedException {
        try {
            first.get();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.CancellationException e) {
            // its failure is its own dataset's to report
        }
    }

    /** {@return the run started ahead for exactly these checks of the dataset, waiting for it to finish; empty if none was} */
    java.util.Optional<DatasetRun> takeAhead(Dataset dataset, List<CheckDefinition> checks) {
        Ahead ahead;
        synchronized (this) {
            ahead = started.get(dataset);
            if (ahead == null || !ahead.checks().equals(checks)) {
                return java.util.Optional.empty();
            }
            started.remove(dataset);
            startMore();
        }
        try {
            return java.util.Optional.of(ahead.run().join());
        } catch (java.util.concurrent.CompletionException e) {
            // The run keeps every failure as a value; what escapes is an Error (out of memory): the engine's to handle.
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    @Override
    public synchronized void close() {
        if (scanners != null) {
            scanners.shutdownNow();
            waiting.clear();
            started.clear();
            try {
                // A run still scanning uses the warehouse: let it finish or fail before the warehouse closes.
                scanners.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (history != null) {
            history.close();
            history = null;
        }
        if (warehouse != null) {
            warehouse.close();
            warehouse = null;
        }
    }
}
