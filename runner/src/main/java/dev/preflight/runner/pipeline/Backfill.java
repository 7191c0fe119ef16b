package dev.preflight.runner.pipeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One backfill the runner will run: a table and a contiguous range of its missing dates.
 *
 * @param table the table, as the suite names it
 * @param first the range's first missing date
 * @param last the range's last missing date
 * @param dates the missing dates in the range
 */
public record Backfill(String table, LocalDate first, LocalDate last, List<LocalDate> dates) {

    public Backfill {
        Objects.requireNonNull(table, "table must not be null");
        dates = List.copyOf(dates);
    }

    /**
     * Fills a command template: {@code {table}}, {@code {start}}, {@code {end}} and {@code {dates}} (comma-separated).
     * The values are validated table names and ISO dates, so they need no shell quoting.
     */
    public String command(String template) {
        return template.replace("{table}", table)
                .replace("{start}", first.toString())
                .replace("{end}", last.toString())
                .replace("{dates}", dates.stream().map(LocalDate::toString).collect(Collectors.joining(",")));
    }
}
