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
        if (warehouse != null) {
            warehouse.close();
            warehouse = null;
        }
    }
}
