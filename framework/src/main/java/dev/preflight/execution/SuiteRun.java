package dev.preflight.execution;

import dev.preflight.result.Outcome;
import dev.preflight.calendar.ExpectedCalendar;
import dev.preflight.suite.Suite;
import dev.preflight.warehouse.StatementLog;
import dev.preflight.warehouse.Warehouse;
import dev.preflight.warehouse.Warehouses;

/**
 * The resources of one suite's run: its warehouse, opened on first use, and its calendar, loaded once.
 * Confined to the suite's node; closed when the suite finishes.
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

    @Override
    public synchronized void close() {
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
