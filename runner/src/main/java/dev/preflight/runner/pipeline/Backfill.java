package dev.preflight.runner.pipeline;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
     * {@return what a backfill must redo for one check's result, in date order}: each contiguous range of missing
     * dates, and each date that has rows but too few of them (a range of its own)
     *
     * @param document the check's result document, as the engine publishes it
     */
    public static List<Backfill> of(String table, JsonNode document) {
        List<LocalDate> missing = new ArrayList<>();
        document.path("missing_dates").forEach(d -> missing.add(LocalDate.parse(d.asText())));
        List<Backfill> backfills = new ArrayList<>();
        for (JsonNode range : document.path("missing_ranges")) {
            LocalDate first = LocalDate.parse(range.path("first").asText());
            LocalDate last = LocalDate.parse(range.path("last").asText());
            backfills.add(new Backfill(table, first, last, missing.stream().filter(d -> !d.isBefore(first) && !d.isAfter(last)).toList()));
        }
        for (JsonNode shortDate : document.path("short_dates")) {
            LocalDate date = LocalDate.parse(shortDate.path("date").asText());
            backfills.add(new Backfill(table, date, date, List.of(date)));
        }
        backfills.sort(Comparator.comparing(Backfill::first));
        return backfills;
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
