package dev.preflight.engine;

import dev.preflight.execution.DatasetRun;

import dev.preflight.calendar.CalendarPicture;
import dev.preflight.result.CheckOutcome;
import dev.preflight.calendar.DayState;
import dev.preflight.calendar.ExpectedCalendar;
import dev.preflight.metric.DatasetMetrics;
import dev.preflight.metric.Metric;
import dev.preflight.model.DateWindow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The files a check's report carries, built from what the engine already holds: no extra statement. Kept free of
 * Allure types, so they can be tested (and reused) without Allure.
 */
final class CheckAttachments {

    /** One attachment: its title, MIME type, file extension and text. */
    record Attachment(String name, String type, String extension, String content) {
    }

    private CheckAttachments() {
    }

    static List<Attachment> of(CheckReport report, CheckOutcome document) {
        List<Attachment> attachments = new ArrayList<>();
        DatasetRun run = report.run();
        DateWindow window = report.suite().window();
        if (!document.missingDates().isEmpty()) {
            attachments.add(new Attachment("missing dates (" + document.missingDates().size() + ")", "text/csv", ".csv", missingDates(document)));
        }
        if (!document.waivedDates().isEmpty()) {
            attachments.add(new Attachment("waived dates (" + document.waivedDates().size() + ")", "text/csv", ".csv",
                    dateColumn("waived_date", document.waivedDates())));
        }
        if (run != null && run.scan().isPresent()) {
            attachments.add(new Attachment("SQL: the one scan of " + report.dataset().table(), "text/plain", ".sql",
                    run.scan().get().statement().sql()));
        }
        if (run != null && run.metrics() != null) {
            attachments.add(new Attachment("per-date metrics", "text/csv", ".csv", perDate(run.metrics(), run.calendar(), window)));
        }
        if (run != null && run.calendar() != null && "coverage".equals(report.check().type())) {
            ExpectedCalendar.Expectation expectation = run.calendar().within(window);
            CalendarPicture.Row row = new CalendarPicture.Row(report.dataset().table().simpleName(), DayState.classify(
                    expectation.expected(), expectation.bootstrap(), document.missingDates(), document.waivedDates()));
            attachments.add(new Attachment("coverage calendar", "image/svg+xml", ".svg", CalendarPicture.svg(
                    "Coverage calendar of " + report.dataset().table() + ", " + window, run.calendar().seasonStarts(), List.of(row))));
        }
        return attachments;
    }

    static String missingDates(CheckOutcome document) {
        StringBuilder csv = new StringBuilder("missing_date,range_first,range_last,range_dates\n");
        List<LocalDate> dates = document.missingDates();
        int index = 0;
        for (CheckOutcome.MissingRange range : document.missingRanges()) {
            LocalDate first = range.first();
            LocalDate last = range.last();
            while (index < dates.size() && !dates.get(index).isAfter(last)) {
                LocalDate date = dates.get(index++);
                csv.append(date).append(',');
                if (!date.isBefore(first)) {
                    csv.append(first).append(',').append(last).append(',').append(range.count());
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
    static String perDate(DatasetMetrics metrics, ExpectedCalendar calendar, DateWindow window) {
        SortedSet<LocalDate> dates = new TreeSet<>(metrics.datesWithRows());
        ExpectedCalendar.Expectation expectation = calendar == null ? null : calendar.within(window);
        if (expectation != null) {
            dates.addAll(expectation.expected());
            dates.addAll(expectation.bootstrap());
        }
        StringBuilder csv = new StringBuilder("date");
        if (expectation != null) {
            csv.append(",calendar");
        }
        for (Metric metric : metrics.metrics()) {
            csv.append(',').append('"').append(metric.name().replace("\"", "\"\"")).append('"');
        }
        csv.append('\n');
        for (LocalDate date : dates) {
            csv.append(date);
            if (expectation != null) {
                csv.append(',').append(expectation.expected().contains(date) ? "expected"
                        : expectation.bootstrap().contains(date) ? "bootstrap" : "not in calendar");
            }
            for (Metric metric : metrics.metrics()) {
                csv.append(',').append(metrics.on(metric, date));
            }
            csv.append('\n');
        }
        return csv.toString();
    }
}
