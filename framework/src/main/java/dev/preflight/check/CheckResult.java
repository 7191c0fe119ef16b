package dev.preflight.check;

import dev.preflight.calendar.DateRanges;

import org.apiguardian.api.API;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * What a check found, before severity is applied: a status, a message a person can act on, the expected and actual
 * values, and the observations behind them (counts, not just ratios).
 *
 * @param status passed, failed, warned, or not applicable
 * @param message one paragraph naming the dataset, the observed and expected values and the window
 * @param expected the expectation, e.g. {@code >= 95.0%}
 * @param actual what was observed, e.g. {@code 91.5%}
 * @param observations named values for reports and gates, in a stable order
 * @param missingDates dates found missing (coverage-like checks), ascending, may be empty
 * @param missingRanges the missing dates compacted into runs of the expected calendar
 * @param waivedDates dates a waiver took out of the judgement, ascending, may be empty
 * @param details further fields of the result document, by snake_case name (e.g. {@code short_dates}); values
 *        are strings, numbers, booleans, lists and maps of those
 */
@API(status = STABLE, since = "0.1")
public record CheckResult(Status status, String message, String expected, String actual, Map<String, Object> observations,
                          List<LocalDate> missingDates, List<DateRanges.Range> missingRanges, List<LocalDate> waivedDates,
                          Map<String, Object> details) {

    /**
     * The verdict of a check on its metrics. {@link #WARNED} is a breach that only degrades whatever the check's
     * severity: a non-critical feature below its minimum, or a failure that a fallback accepts.
     */
    public enum Status { PASSED, FAILED, NOT_APPLICABLE, WARNED }

    public CheckResult {
        Objects.requireNonNull(status, "status must not be null");
        Objects.requireNonNull(message, "message must not be null");
        observations = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(observations));
        missingDates = List.copyOf(missingDates);
        missingRanges = List.copyOf(missingRanges);
        waivedDates = waivedDates == null ? List.of() : List.copyOf(waivedDates);
        details = details == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** A result without waived dates or details. */
    CheckResult(Status status, String message, String expected, String actual, Map<String, Object> observations,
                List<LocalDate> missingDates, List<DateRanges.Range> missingRanges) {
        this(status, message, expected, actual, observations, missingDates, missingRanges, List.of(), Map.of());
    }

    public static CheckResult passed(String message, String expected, String actual, Map<String, Object> observations) {
        return new CheckResult(Status.PASSED, message, expected, actual, observations, List.of(), List.of());
    }

    public static CheckResult failed(String message, String expected, String actual, Map<String, Object> observations) {
        return new CheckResult(Status.FAILED, message, expected, actual, observations, List.of(), List.of());
    }

    public static CheckResult warned(String message, String expected, String actual, Map<String, Object> observations) {
        return new CheckResult(Status.WARNED, message, expected, actual, observations, List.of(), List.of());
    }

    /** {@return passed when {@code ok}, failed otherwise} */
    public static CheckResult of(boolean ok, String message, String expected, String actual, Map<String, Object> observations) {
        return ok ? passed(message, expected, actual, observations) : failed(message, expected, actual, observations);
    }

    public static CheckResult notApplicable(String message) {
        return new CheckResult(Status.NOT_APPLICABLE, message, "", "", Map.of(), List.of(), List.of());
    }

    public CheckResult withMissing(List<LocalDate> dates, List<DateRanges.Range> ranges) {
        return new CheckResult(status, message, expected, actual, observations, dates, ranges, waivedDates, details);
    }

    public CheckResult withWaived(List<LocalDate> dates) {
        return new CheckResult(status, message, expected, actual, observations, missingDates, missingRanges, dates, details);
    }

    /** {@return this result with one more field of its document} */
    public CheckResult withDetail(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(details);
        more.put(name, value);
        return new CheckResult(status, message, expected, actual, observations, missingDates, missingRanges, waivedDates, more);
    }

    public CheckResult withStatus(Status newStatus, String newMessage) {
        return new CheckResult(newStatus, newMessage, expected, actual, observations, missingDates, missingRanges, waivedDates, details);
    }
}
