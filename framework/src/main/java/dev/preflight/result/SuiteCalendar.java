package dev.preflight.result;

import org.apiguardian.api.API;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.List;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * A suite's expected calendar over its window: what per-date reports (the summary's heatmap) take as columns.
 *
 * @param seasonStarts openers of the seasons the window touches, ascending
 * @param expected calendar dates that must have data
 * @param bootstrap calendar dates in a season's bootstrap days: not expected
 */
@API(status = MAINTAINED, since = "0.1")
public record SuiteCalendar(int bootstrapDays, List<LocalDate> seasonStarts, List<LocalDate> expected, List<LocalDate> bootstrap) {

    public SuiteCalendar {
        seasonStarts = List.copyOf(seasonStarts);
        expected = List.copyOf(expected);
        bootstrap = List.copyOf(bootstrap);
    }

    /** {@return the calendar of a gate's JSON or of the engine's {@code preflight.calendar} entry} */
    public static SuiteCalendar read(JsonNode node) {
        return new SuiteCalendar(node.path("bootstrap_days").asInt(), CheckOutcome.dates(node.path("season_starts")),
                CheckOutcome.dates(node.path("expected_dates")), CheckOutcome.dates(node.path("bootstrap_dates")));
    }

    /** {@return the calendar's fields, in the gate's order} */
    public ObjectNode write() {
        ObjectNode node = ResultJson.JSON.createObjectNode();
        node.put("bootstrap_days", bootstrapDays);
        dates(node.putArray("season_starts"), seasonStarts);
        dates(node.putArray("expected_dates"), expected);
        dates(node.putArray("bootstrap_dates"), bootstrap);
        return node;
    }

    private static void dates(ArrayNode array, List<LocalDate> dates) {
        dates.forEach(d -> array.add(d.toString()));
    }
}
