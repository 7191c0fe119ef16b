package dev.preflight.execution;

import dev.preflight.metric.QueryResult;
import dev.preflight.warehouse.WarehouseException;
import dev.preflight.calendar.ExpectedCalendar;
import dev.preflight.model.CalendarSpec;
import dev.preflight.model.DateWindow;
import dev.preflight.model.SeasonSpec;
import dev.preflight.plan.CalendarPlanner;
import dev.preflight.source.SuiteDefinitionException;
import dev.preflight.sql.Statement;
import dev.preflight.warehouse.Warehouse;

import java.util.Optional;
import java.util.function.Supplier;

/** Loads the expected calendar once per suite run: at most the one statement {@link CalendarPlanner} plans. */
public final class CalendarLoader {

    private CalendarLoader() {
    }

    /**
     * Loads the whole calendar table, with no bound on its date column.
     *
     * @param warehouse opened only when the calendar lives in the warehouse
     * @throws SuiteDefinitionException when the calendar is empty or unreadable as written
     * @throws dev.preflight.warehouse.WarehouseException when the warehouse cannot answer
     */
    public static ExpectedCalendar load(CalendarSpec spec, SeasonSpec seasons, Supplier<Warehouse> warehouse) {
        return load(spec, seasons, null, warehouse);
    }

    /**
     * Loads the calendar up to the window's end.
     *
     * @param window the run's window, or {@code null} to read the calendar table without a bound
     * @param warehouse opened only when the calendar lives in the warehouse
     * @throws SuiteDefinitionException when the calendar is empty or unreadable as written
     * @throws dev.preflight.warehouse.WarehouseException when the warehouse cannot answer
     */
    public static ExpectedCalendar load(CalendarSpec spec, SeasonSpec seasons, DateWindow window, Supplier<Warehouse> warehouse) {
        if (spec instanceof CalendarSpec.Inline || spec instanceof CalendarSpec.FromFile) {
            return CalendarPlanner.build(spec, seasons, null);
        }
        Warehouse w = warehouse.get();
        Optional<Statement> statement = CalendarPlanner.statement(spec, window, w.dialect());
        QueryResult rows;
        try {
            rows = w.execute(statement.orElseThrow());
        } catch (WarehouseException e) {
            throw Diagnosis.ofCalendar(w, spec, statement.get(), e);
        }
        return CalendarPlanner.build(spec, seasons, rows);
    }
}
