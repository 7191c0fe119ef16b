package dev.preflight.runner.suggest;

import dev.preflight.calendar.DateRanges;
import dev.preflight.model.DateWindow;
import dev.preflight.model.TableName;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What one scan measured of a table, the input of the suggestion rules (Deequ's profile: metrics, not judgements).
 *
 * @param table the table
 * @param dateColumn its DATE column, or empty for a table without one
 * @param window the dates scanned (every date when none was asked for)
 * @param rows rows in the window
 * @param dates per-date row counts of the dates with rows; empty without a date column
 * @param columns every column in the table's order
 * @param keys the key columns the caller named, or none
 * @param duplicateRows rows beyond the first of each repeated key; empty without keys
 * @param coverage the table's dates against a calendar table's, when one was named
 */
public record TableProfile(TableName table, Optional<String> dateColumn, DateWindow window, long rows, DateRows dates,
                           List<ColumnProfile> columns, List<String> keys, OptionalLong duplicateRows, Optional<Coverage> coverage) {

    public TableProfile {
        columns = List.copyOf(columns);
        keys = List.copyOf(keys);
    }

    /**
     * One column.
     *
     * @param name as the warehouse spells it
     * @param type the warehouse's type name
     * @param nulls rows where it is NULL
     * @param negatives rows where it is below 0; empty for a column that is not a number
     * @param values each distinct value and its rows, most rows first, for a text column with few of them; empty for
     *        other columns and for text columns with more than the limit
     */
    public record ColumnProfile(String name, String type, long nulls, OptionalLong negatives, Optional<List<ValueRows>> values) {

        public ColumnProfile {
            values = values.map(List::copyOf);
        }
    }

    /**
     * The table's dates against a calendar table's distinct dates, over a window of the calendar.
     *
     * @param calendar the calendar table
     * @param dateColumn its DATE column
     * @param window the calendar dates compared: from the table's first date (or the calendar's) to the calendar's last
     *        date up to today, unless a window was asked for
     * @param expected calendar dates in the window
     * @param missingRanges the calendar dates without a row in the table, as runs of consecutive calendar dates
     */
    public record Coverage(TableName calendar, String dateColumn, DateWindow window, int expected,
                           List<DateRanges.Range> missingRanges) {

        public Coverage {
            missingRanges = List.copyOf(missingRanges);
        }

        public int covered() {
            return expected - missingRanges.stream().mapToInt(DateRanges.Range::count).sum();
        }
    }

    /** A value of a text column and the rows that hold it. */
    public record ValueRows(String value, long rows) {
    }

    /**
     * The dates with rows and how many rows each had.
     *
     * @param count dates with rows
     * @param first the first such date, or {@code null} when there is none
     * @param last the last such date, or {@code null}
     * @param fewest rows on the date with the fewest
     * @param median the median of the per-date counts
     * @param most rows on the date with the most
     */
    public record DateRows(int count, LocalDate first, LocalDate last, long fewest, long median, long most) {

        static final DateRows NONE = new DateRows(0, null, null, 0, 0, 0);
    }
}
