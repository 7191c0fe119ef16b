package dev.preflight.reports;


import org.apiguardian.api.API;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * A coverage calendar as an SVG picture: one block per season, one row per table, one column per calendar date,
 * each cell coloured by its {@link DayState}. Runs of equal cells are drawn as one rectangle with one tooltip, so
 * five seasons of five tables stay a few hundred elements. Plain SVG 1.1: no script, no font download, prints as is.
 */
@API(status = INTERNAL, since = "0.1")
public final class CalendarPicture {

    /** One table's row: a state for each of its calendar dates. */
    public record Row(String label, Map<LocalDate, DayState> days) {
        public Row {
            days = Map.copyOf(days);
        }
    }

    private static final int MAX_BLOCK_WIDTH = 900;
    private static final int CELL_HEIGHT = 14;
    private static final int ROW_GAP = 3;
    private static final int LABEL_CHAR_WIDTH = 7;
    private static final int BLOCK_HEADER = 20;
    private static final int MONTH_AXIS = 16;
    private static final int BLOCK_GAP = 14;
    private static final int LEGEND_HEIGHT = 26;
    private static final int HEADER_WIDTH = 290;

    private CalendarPicture() {
    }

    /**
     * @param title the picture's accessible title
     * @param seasonStarts season openers; a date belongs to the latest opener on or before it
     * @param rows the tables; columns are the union of their dates
     */
    public static String svg(String title, Collection<LocalDate> seasonStarts, List<Row> rows) {
        NavigableSet<LocalDate> dates = new TreeSet<>();
        rows.forEach(row -> dates.addAll(row.days().keySet()));
        List<List<LocalDate>> seasons = seasons(dates, new TreeSet<>(seasonStarts));
        int longest = seasons.stream().mapToInt(List::size).max().orElse(1);
        double cell = Math.max(1.0, Math.min(8.0, (double) MAX_BLOCK_WIDTH / longest));
        int labelWidth = 12 + LABEL_CHAR_WIDTH * rows.stream().mapToInt(r -> r.label().length()).max().orElse(8);
        int rowsHeight = rows.size() * (CELL_HEIGHT + ROW_GAP);
        int blockHeight = BLOCK_HEADER + rowsHeight + MONTH_AXIS;
        // Wide enough for the cells, the legend and each season's header line, whichever is widest.
        double width = Math.max(labelWidth + cell * longest + 10, Math.max(legendWidth(), labelWidth + HEADER_WIDTH));
        int height = LEGEND_HEIGHT + seasons.size() * (blockHeight + BLOCK_GAP);

        StringBuilder svg = new StringBuilder(8192);
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"coverage-calendar\" "
                + "viewBox=\"0 0 %.0f %d\" width=\"%.0f\" height=\"%d\" role=\"img\" font-family=\"sans-serif\" font-size=\"11\">%n",
                width, height, width, height));
        svg.append("<title>").append(escape(title)).append("</title>\n");
        legend(svg);
        int y = LEGEND_HEIGHT;
        boolean crossesYear = false;
        for (List<LocalDate> season : seasons) {
            LocalDate first = season.get(0);
            LocalDate last = season.get(season.size() - 1);
            // A season the window cuts short is named like the one before it (2025-26, not 2025).
            crossesYear = last.getYear() > first.getYear() || (season == seasons.get(seasons.size() - 1) && crossesYear);
            block(svg, season, rows, y, labelWidth, cell, crossesYear ? first.getYear() + "-" + String.format(Locale.ROOT, "%02d",
                    (first.getYear() + 1) % 100) : String.valueOf(first.getYear()));
            y += blockHeight + BLOCK_GAP;
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static int legendWidth() {
        int x = 0;
        for (DayState state : DayState.values()) {
            x += legendStep(state);
        }
        return x;
    }

    private static int legendStep(DayState state) {
        return 24 + 7 * state.label().length();
    }

    private static void legend(StringBuilder svg) {
        int x = 0;
        for (DayState state : DayState.values()) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"4\" width=\"12\" height=\"12\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"14\">%s</text>%n", x, state.colour(), x + 16, state.label()));
            x += legendStep(state);
        }
    }

    private static void block(StringBuilder svg, List<LocalDate> season, List<Row> rows, int top, int labelWidth, double cell, String name) {
        LocalDate first = season.get(0);
        LocalDate last = season.get(season.size() - 1);
        svg.append(String.format(Locale.ROOT, "<g class=\"season\"><text x=\"0\" y=\"%d\" font-weight=\"bold\">Season %s</text>"
                        + "<text x=\"%d\" y=\"%d\" fill=\"#555\">%s → %s · %d calendar dates</text>%n",
                top + 13, name, labelWidth, top + 13, first, last, season.size()));
        int y = top + BLOCK_HEADER;
        for (Row row : rows) {
            svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\">%s</text>%n", y + CELL_HEIGHT - 3, escape(row.label())));
            int start = 0;
            while (start < season.size()) {
                DayState state = row.days().get(season.get(start));
                int end = start;
                while (end + 1 < season.size() && row.days().get(season.get(end + 1)) == state) {
                    end++;
                }
                if (state != null) {
                    int count = end - start + 1;
                    LocalDate from = season.get(start);
                    LocalDate to = season.get(end);
                    svg.append(String.format(Locale.ROOT, "<rect x=\"%.2f\" y=\"%d\" width=\"%.2f\" height=\"%d\" fill=\"%s\">"
                                    + "<title>%s%s: %s (%d %s)</title></rect>%n",
                            labelWidth + start * cell, y, count * cell, CELL_HEIGHT, state.colour(),
                            from, from.equals(to) ? "" : " → " + to, state.label(), count, count == 1 ? "date" : "dates"));
                }
                start = end + 1;
            }
            y += CELL_HEIGHT + ROW_GAP;
        }
        // Month ticks under the block, so a reader can place a gap in time.
        int axis = y + 11;
        int previousMonth = -1;
        for (int i = 0; i < season.size(); i++) {
            LocalDate date = season.get(i);
            if (date.getMonthValue() != previousMonth) {
                previousMonth = date.getMonthValue();
                double x = labelWidth + i * cell;
                svg.append(String.format(Locale.ROOT, "<line x1=\"%.2f\" x2=\"%.2f\" y1=\"%d\" y2=\"%d\" stroke=\"#999\"/>"
                                + "<text x=\"%.2f\" y=\"%d\" fill=\"#555\" font-size=\"9\">%s</text>%n",
                        x, x, y, y + 4, x + 1, axis, date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)));
            }
        }
        svg.append("</g>\n");
    }

    /** Splits dates by season opener; dates before the first opener form a season of their own. */
    static List<List<LocalDate>> seasons(NavigableSet<LocalDate> dates, NavigableSet<LocalDate> starts) {
        List<List<LocalDate>> seasons = new ArrayList<>();
        LocalDate current = null;
        boolean started = false;
        for (LocalDate date : dates) {
            LocalDate opener = starts.floor(date);
            if (!started || (opener != null && !opener.equals(current))) {
                seasons.add(new ArrayList<>());
                current = opener;
                started = true;
            }
            seasons.get(seasons.size() - 1).add(date);
        }
        return seasons;
    }

    /** {@return text safe inside XML or HTML elements and double-quoted attributes} */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
