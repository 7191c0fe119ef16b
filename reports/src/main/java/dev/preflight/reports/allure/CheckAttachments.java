package dev.preflight.reports.allure;

import com.fasterxml.jackson.databind.JsonNode;
import dev.preflight.reports.DayState;
import dev.preflight.reports.CalendarPicture;
import dev.preflight.result.CheckOutcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The files a check's Allure result carries, built from what the engine published: its result document and its
 * dataset's entries, no extra statement. Kept free of Allure types, so they can be tested without Allure.
 */
final class CheckAttachments {

    /** One attachment: its title, MIME type, file extension and text. */
    record Attachment(String name, String type, String extension, String content) {
    }

    private CheckAttachments() {
    }

    static List<Attachment> of(CheckReport report) {
        CheckOutcome document = report.result();
        List<Attachment> attachments = new ArrayList<>();
        if (!document.missingDates().isEmpty()) {
            attachments.add(new Attachment("missing dates (" + document.missingDates().size() + ")", "text/csv", ".csv", missingDates(document)));
        }
        if (!document.waivedDates().isEmpty()) {
            attachments.add(new Attachment("waived dates (" + document.waivedDates().size() + ")", "text/csv", ".csv",
                    dateColumn("waived_date", document.waivedDates())));
        }
        report.sql().ifPresent(sql -> attachments.add(new Attachment("SQL: the one scan of " + document.text("table"), "text/plain", ".sql", sql)));
        JsonNode perDate = report.perDate();
        if (perDate.isObject()) {
            attachments.add(new Attachment("per-date metrics", "text/csv", ".csv", perDate(perDate)));
        }
        JsonNode calendar = perDate.path("calendar");
        if (calendar.isObject() && "coverage".equals(document.type())) {
            CalendarPicture.Row row = new CalendarPicture.Row(report.detail("table_name"), DayState.classify(
                    dates(calendar.path("expected_dates")), dates(calendar.path("bootstrap_dates")), document.missingDates(), document.waivedDates()));
            attachments.add(new Attachment("coverage calendar", "image/svg+xml", ".svg", CalendarPicture.svg(
                    "Coverage calendar of " + document.text("table") + ", " + AllureResults.window(document),
                    dates(calendar.path("season_starts")), List.of(row))));
        }
        return attachments;
    }

    static String missingDates(CheckOutcome document) {
        StringBuilder csv = new StringBuilder("missing_date,range_first,range_last,range_dates\n");
        List<LocalDate> dates = document.missingDates();
        int index = 0;
        for (CheckOutcome.MissingRange range : document.missingRanges()) {
            while (index < dates.size() && !dates.get(index).isAfter(range.last())) {
                LocalDate date = dates.get(index++);
                csv.append(date).append(',');
                if (!date.isBefore(range.first())) {
                    csv.append(range.first()).append(',').append(range.last()).append(',').append(range.count());
                } else {
                    csv.append(",,");
                }
                csv.append('\n');
            }
        }
        while (index < dates.size()) {
            csv.append(dates.get(index++)).append(",,,\n");
        }
        return csv.toString();
    }

    private static String dateColumn(String header, List<LocalDate> dates) {
        StringBuilder csv = new StringBuilder(header).append('\n');
        dates.forEach(date -> csv.append(date).append('\n'));
        return csv.toString();
    }

    /**
     * Every calendar date of the window and every date with rows, with what the calendar expects of it and each
     * metric's count: the numbers behind every check of the dataset.
     */
    static String perDate(JsonNode perDate) {
        JsonNode counts = perDate.path("counts");
        SortedSet<LocalDate> dates = new TreeSet<>();
        counts.fieldNames().forEachRemaining(date -> dates.add(LocalDate.parse(date)));
        JsonNode calendar = perDate.path("calendar");
        Set<LocalDate> expected = new TreeSet<>(dates(calendar.path("expected_dates")));
        Set<LocalDate> bootstrap = new TreeSet<>(dates(calendar.path("bootstrap_dates")));
        dates.addAll(expected);
        dates.addAll(bootstrap);
        StringBuilder csv = new StringBuilder("date");
        if (calendar.isObject()) {
            csv.append(",calendar");
        }
        List<String> metrics = new ArrayList<>();
        perDate.path("metrics").forEach(m -> metrics.add(m.asText()));
        for (String metric : metrics) {
            csv.append(',').append('"').append(metric.replace("\"", "\"\"")).append('"');
        }
        csv.append('\n');
        for (LocalDate date : dates) {
            csv.append(date);
            if (calendar.isObject()) {
                csv.append(',').append(expected.contains(date) ? "expected" : bootstrap.contains(date) ? "bootstrap" : "not in calendar");
            }
            JsonNode row = counts.path(date.toString());
            for (int i = 0; i < metrics.size(); i++) {
                csv.append(',').append(row.path(i).asLong(0));
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    private static List<LocalDate> dates(JsonNode array) {
        List<LocalDate> dates = new ArrayList<>();
        array.forEach(d -> dates.add(LocalDate.parse(d.asText())));
        return dates;
    }
}
