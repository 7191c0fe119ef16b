package dev.preflight.model;

import dev.preflight.source.SourceLocation;

import org.apiguardian.api.API;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * Where the expected dates come from: the dates on which every dataset must have data.
 */
@API(status = MAINTAINED, since = "0.1")
public sealed interface CalendarSpec permits CalendarSpec.FromTable, CalendarSpec.FromQuery, CalendarSpec.Inline, CalendarSpec.FromFile {

    SourceLocation location();

    /**
     * Distinct dates of a table's column, optionally filtered, with an optional season column, and optionally a
     * per-date count of distinct {@code countDistinct} values (games per date) that coverage checks can expect rows of.
     */
    record FromTable(TableName table, String dateColumn, String seasonColumn, SqlFragment where, SourceLocation location,
                     String countDistinct) implements CalendarSpec {

        /** A calendar table without a per-date count. */
        public FromTable(TableName table, String dateColumn, String seasonColumn, SqlFragment where, SourceLocation location) {
            this(table, dateColumn, seasonColumn, where, location, null);
        }
    }

    /**
     * A query whose first column is the date, whose optional second column is the season, and whose optional third
     * column is the per-date expected count.
     */
    record FromQuery(SqlFragment query, SourceLocation location) implements CalendarSpec {
    }

    /** Dates written in the suite. */
    record Inline(List<LocalDate> dates, SourceLocation location) implements CalendarSpec {
        public Inline {
            dates = List.copyOf(dates);
        }
    }

    /** A text file with one ISO date a line (a CSV's first column; a header line is skipped). */
    record FromFile(Path path, SourceLocation location) implements CalendarSpec {
    }
}
