package dev.preflight.check;

import dev.preflight.calendar.DateRanges;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a check found, before severity is applied: a status, a message a person can act on, the expected and actual
 * values, and the observations behind them (counts, not just ratios).
 *
 * @param status passed, failed, or not applicable
 * @param message one paragraph naming the dataset, the observed and expected values and the window
 * @param expected the expectation, e.g. {@code >= 95.0%}
 * @param actual what was observed, e.g. {@code 91.5%}
 * @param observations named values for reports and gates, in a stable order
 * @param missingDates dates found missing (coverage-like checks), ascending, may be empty
 * @param missingRanges the missing dates compacted into runs of the expected calendar
 */
public record CheckResult(Status status, String message, String expected, String actual, Map<String, Object> observations,
                          List<LocalDate> missingDates, List<DateRanges.Range> missingRanges) {

    /** The verdict of a check on its metrics. */
    public enum Status { PASSED, FAILED, NOT_APPLICABLE }

    public CheckResult {
        Objects.requireNonNull(status, "status must not be null");
        Objects.requireNonNull(message, "message must not be null");
        observations = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(observations));
        missingDates = List.copyOf(missingDates);
        missingRanges = List.copyOf(missingRanges);
    }

    public static CheckResult passed(String message, String expected, String actual, Map<String, Object> observations) {
        return new CheckResult(Status.PASSED, message, expected, actual, observations, List.of(), List.of());
    }

    public static CheckResult failed(String message, String expected, String actual, Map<String, Object> observations) {
        return new CheckResult(Status.FAILED, message, expected, actual, observations, List.of(), List.of());
    }

    public static CheckResult notApplicable(String message) {
        return new CheckResult(Status.NOT_APPLICABLE, message, "", "", Map.of(), List.of(), List.of());
    }

    public CheckResult withMissing(List<LocalDate> dates, List<DateRanges.Range> ranges) {
        return new CheckResult(status, message, expected, actual, observations, dates, ranges);
    }
}
