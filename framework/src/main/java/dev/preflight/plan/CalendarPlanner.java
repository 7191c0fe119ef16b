package dev.preflight.plan;

import dev.preflight.calendar.ExpectedCalendar;

import dev.preflight.model.CalendarSpec;
import dev.preflight.model.DateWindow;
import dev.preflight.model.SeasonSpec;
import dev.preflight.sql.SqlDialect;
import dev.preflight.source.Problem;
import dev.preflight.source.SourceLocation;
import dev.preflight.source.SourceText;
import dev.preflight.source.SuiteDefinitionException;
import dev.preflight.metric.QueryResult;
import dev.preflight.sql.Statement;

import org.apiguardian.api.API;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Plans the expected calendar: the one statement that reads it from the warehouse (none for inline dates or a
 * file), and how its answer becomes an {@link ExpectedCalendar} with season openers. Everything up to the window's
 * end is read, not just the window, because a season's opener may lie before it.
 */
@API(status = INTERNAL, since = "0.1")
public final class CalendarPlanner {

    private CalendarPlanner() {
    }

    /**
     * Builds the calendar from its source: inline dates, a file, or the result of {@link #statement}.
     *
     * @param result what the warehouse answered to {@link #statement}, or {@code null} when the calendar does not
     *        live in the warehouse
     * @throws SuiteDefinitionException when the calendar is empty or unreadable as written
     */
    public static ExpectedCalendar build(CalendarSpec spec, SeasonSpec seasons, QueryResult result) {
        TreeMap<LocalDate, Object> dates = new TreeMap<>();
        Map<LocalDate, Long> counts = new TreeMap<>();
        String source;
        if (spec instanceof CalendarSpec.Inline inline) {
            inline.dates().forEach(d -> dates.put(d, null));
            source = "the inline list";
        } else if (spec instanceof CalendarSpec.FromFile file) {
            readFile(file, dates);
            source = "file " + file.path();
        } else {
            read(Objects.requireNonNull(result, "result must not be null for a calendar in the warehouse"), dates, counts, spec);
            source = spec instanceof CalendarSpec.FromTable table
                    ? "table " + table.table() + (table.where() == null ? "" : " where " + table.where())
                    : "the calendar query";
        }
        if (dates.isEmpty()) {
            throw new SuiteDefinitionException(new Problem(spec.location(), "the expected calendar is empty: " + source
                    + " gave no dates; check its filter"));
        }
        return new ExpectedCalendar(new TreeSet<>(dates.keySet()), openers(dates, seasons), seasons.bootstrapDays(), counts);
    }

    /**
     * The one statement that reads the calendar from the warehouse, exactly as the run sends it, so that cost
     * estimates and SQL validation see the same text.
     *
     * <p>A calendar table is read with an upper bound on its date column ({@code <= window end}) and no lower bound.
     * No lower bound, because a season's opener may lie long before the window and the bootstrap exclusion needs it.
     * The upper bound changes no result (dates after the window are never expected), and it is a filter that
     * BigQuery can use for partition elimination, so a schedule table created with
     * {@code require_partition_filter = true} can be read at all. A calendar {@code query:} is sent as written:
     * its author owns its filters.
     *
     * @param window the run's window, or {@code null} for no bound
     * @return the statement, or empty when the calendar does not live in the warehouse (inline dates, a file)
     */
    public static Optional<Statement> statement(CalendarSpec spec, DateWindow window, SqlDialect dialect) {
        if (spec instanceof CalendarSpec.FromTable table) {
            StringBuilder sql = new StringBuilder(table.countDistinct() == null ? "SELECT DISTINCT " : "SELECT ")
                    .append(dialect.quote(table.dateColumn()));
            if (table.seasonColumn() != null || table.countDistinct() != null) {
                // The per-date count is the third column, so a calendar without seasons still fills the second.
                sql.append(", ").append(table.seasonColumn() != null ? dialect.quote(table.seasonColumn()) : "NULL");
            }
            if (table.countDistinct() != null) {
                sql.append(", COUNT(DISTINCT ").append(dialect.quote(table.countDistinct())).append(')');
            }
            sql.append(" FROM ").append(dialect.table(table.table()));
            List<String> conditions = new ArrayList<>();
            if (window != null) {
                conditions.add(dialect.quote(table.dateColumn()) + " <= " + dialect.date(window.end()));
            }
            if (table.where() != null) {
                conditions.add("(" + table.where().render(dialect::value) + ")");
            }
            if (!conditions.isEmpty()) {
                sql.append(" WHERE ").append(String.join(" AND ", conditions));
            }
            if (table.countDistinct() != null) {
                sql.append(" GROUP BY 1, 2");
            }
            return Optional.of(new Statement(Statement.Kind.CALENDAR, "calendar", sql.toString()));
        }
        if (spec instanceof CalendarSpec.FromQuery query) {
            return Optional.of(new Statement(Statement.Kind.CALENDAR, "calendar", query.query().render(dialect::value)));
        }
        return Optional.empty();
    }

    private static List<LocalDate> openers(TreeMap<LocalDate, Object> dates, SeasonSpec seasons) {
        if (!seasons.starts().isEmpty()) {
            return seasons.starts();
        }
        boolean bySeasonColumn = dates.values().stream().anyMatch(Objects::nonNull);
        List<LocalDate> openers = new ArrayList<>();
        if (bySeasonColumn) {
            Map<Object, LocalDate> first = new java.util.HashMap<>();
            dates.forEach((date, season) -> first.merge(String.valueOf(season), date, (a, b) -> a.isBefore(b) ? a : b));
            openers.addAll(first.values());
        } else {
            // Without a season column, a long break (an off-season) starts a new season.
            NavigableSet<LocalDate> ordered = dates.navigableKeySet();
            LocalDate previous = null;
            for (LocalDate date : ordered) {
                if (previous == null || previous.plusDays(seasons.gapDays()).isBefore(date)) {
                    openers.add(date);
                }
                previous = date;
            }
        }
        openers.sort(null);
        return openers;
    }

    private static void read(QueryResult result, TreeMap<LocalDate, Object> dates, Map<LocalDate, Long> counts, CalendarSpec spec) {
        for (List<Object> row : result.rows()) {
            Object value = row.get(0);
            if (value == null) {
                continue;
            }
            if (!(value instanceof LocalDate date)) {
                throw new SuiteDefinitionException(new Problem(spec.location(), "the calendar's first column must be a DATE but was "
                        + value.getClass().getSimpleName() + "; cast it, e.g. CAST(x AS DATE)"));
            }
            Object season = row.size() > 1 ? row.get(1) : null;
            dates.merge(date, season == null ? "" : season, (a, b) -> a);
            if (row.size() > 2 && row.get(2) instanceof Number count) {
                // A date listed under two seasons (rare) expects the units of both.
                counts.merge(date, count.longValue(), Long::sum);
            }
        }
    }

    private static void readFile(CalendarSpec.FromFile file, TreeMap<LocalDate, Object> dates) {
        List<String> lines;
        try {
            // Bounded and UTF-8 like a suite: the problem then names the calendar file's own line and column.
            Path path = file.path();
            lines = SourceText.read(path, new SourceLocation(path.toAbsolutePath().toUri(), path.toString(), 1, 1)).lines().toList();
        } catch (IOException e) {
            throw new SuiteDefinitionException(new Problem(file.location(), "cannot read calendar file " + file.path() + ": " + e.getMessage()));
        }
        for (int i = 0; i < lines.size(); i++) {
            String first = lines.get(i).split(",", 2)[0].trim();
            if (first.isEmpty() || first.startsWith("#")) {
                continue;
            }
            try {
                dates.put(LocalDate.parse(first), null);
            } catch (DateTimeParseException e) {
                if (i > 0 || !dates.isEmpty()) {
                    throw new SuiteDefinitionException(new Problem(file.location(), "calendar file " + file.path() + " line " + (i + 1)
                            + ": '" + first + "' is not a date written as YYYY-MM-DD"));
                }
                // A first line that is not a date is a CSV header.
            }
        }
    }
}
