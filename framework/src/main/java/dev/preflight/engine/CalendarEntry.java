package dev.preflight.engine;

import dev.preflight.execution.SuiteRun;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.preflight.calendar.ExpectedCalendar;
import dev.preflight.model.DateWindow;
import dev.preflight.result.ResultJson;
import dev.preflight.suite.Suite;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.reporting.ReportEntry;

import java.time.LocalDate;
import java.util.Map;

/**
 * The suite's expected calendar over its window as a report entry ({@value Constants#CALENDAR}), published only
 * when {@value Constants#REPORT_CALENDAR} asks for it: the gate's per-date JSON and the summary's heatmap need
 * every calendar date, which no check result lists.
 */
final class CalendarEntry {

    private CalendarEntry() {
    }

    static void publish(PreflightExecutionContext context, TestDescriptor descriptor, SuiteRun run) {
        if (!context.configuration().publishCalendar()) {
            return;
        }
        ExpectedCalendar calendar;
        try {
            calendar = run.calendar();
        } catch (RuntimeException e) {
            return; // every check that needs the calendar reports the failure
        }
        context.listener().reportingEntryPublished(descriptor, ReportEntry.from(Map.of(Constants.CALENDAR, json(run.suite(), calendar))));
    }

    static String json(Suite suite, ExpectedCalendar calendar) {
        DateWindow window = suite.window();
        ExpectedCalendar.Expectation expectation = calendar.within(window);
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("suite", suite.name());
        node.put("suite_file", suite.location().uri().toString());
        node.putObject("window").put("start", window.start().toString()).put("end", window.end().toString());
        node.put("bootstrap_days", calendar.bootstrapDays());
        ArrayNode starts = node.putArray("season_starts");
        for (LocalDate opener : calendar.seasonStarts()) {
            // The opener of the season the window starts in, and those inside the window.
            boolean last = calendar.seasonStarts().stream().noneMatch(o -> o.isAfter(opener) && !o.isAfter(window.start()));
            if (!opener.isAfter(window.end()) && (!opener.isBefore(window.start()) || last)) {
                starts.add(opener.toString());
            }
        }
        ArrayNode expected = node.putArray("expected_dates");
        expectation.expected().forEach(d -> expected.add(d.toString()));
        ArrayNode bootstrap = node.putArray("bootstrap_dates");
        expectation.bootstrap().forEach(d -> bootstrap.add(d.toString()));
        return ResultJson.write(node);
    }
}
