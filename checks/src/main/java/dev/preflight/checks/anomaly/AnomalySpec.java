package dev.preflight.checks.anomaly;

import dev.preflight.calendar.ExpectedCalendar;
import dev.preflight.check.CheckContext;
import dev.preflight.check.CheckResult;
import dev.preflight.check.CheckSpec;
import dev.preflight.check.Format;
import dev.preflight.metric.Metric;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A per-date value judged against the values of the previous {@code lookback} expected dates that have data. Only
 * expected dates count: off days are not zeros and bootstrap dates are left out, so a Monday without games never
 * drags the baseline down. With {@code perSeason}, the baseline restarts at each season's opener. A date with fewer
 * than {@code minHistory} earlier values is not judged.
 *
 * @param series the value watched
 * @param method how the baseline becomes a band
 * @param sensitivity how many spreads from the centre a value may be
 * @param lookback the most earlier values in the baseline
 * @param minHistory the fewest earlier values a date needs to be judged
 * @param direction which side of the band is anomalous
 * @param perSeason whether the baseline restarts at each season's opener
 */
public record AnomalySpec(Series series, Method method, double sensitivity, int lookback, int minHistory, Direction direction,
                          boolean perSeason) implements CheckSpec {

    static final int DATES_IN_MESSAGE = 5;

    /** Which side of the band is anomalous. */
    enum Direction {
        DROP, RISE, BOTH;

        boolean flags(double value, Method.Band band) {
            return (this != RISE && value < band.low()) || (this != DROP && value > band.high());
        }

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** What a normal value is, on the side this direction judges: a one-sided check shows one bound, never a band
         *  whose other end (a share below 0%) could not occur. */
        String normal(Method.Band band) {
            return switch (this) {
                case DROP -> "expected ≥ " + number(band.low());
                case RISE -> "expected ≤ " + number(band.high());
                case BOTH -> "band " + number(band.low()) + "–" + number(band.high());
            };
        }
    }

    @Override
    public String defaultId() {
        return "anomaly(" + series.idPart() + ")";
    }

    @Override
    public List<Metric> metrics() {
        return series.metrics();
    }

    @Override
    public boolean needsCalendar() {
        return true;
    }

    @Override
    public String describe() {
        return series.name() + " within " + number(sensitivity) + " × " + (method == Method.MAD ? "MAD" : "sd") + " of the previous "
                + lookback + " expected dates (" + direction.key() + ")";
    }

    @Override
    public Optional<String> historyMetric() {
        return Optional.of(series.key());
    }

    /** The values this check judged: the window's expected dates with data, waived dates left out. */
    @Override
    public SortedMap<LocalDate, Double> historyValues(CheckContext context) {
        SortedMap<LocalDate, Double> values = new TreeMap<>();
        context.expectedCalendar().ifPresent(calendar -> {
            for (LocalDate date : calendar.within(context.window()).expected()) {
                OptionalDouble value = series.on(date, context.metrics(), calendar);
                if (value.isPresent() && !context.isWaived(date)) {
                    values.put(date, value.getAsDouble());
                }
            }
        });
        return values;
    }

    @Override
    public CheckResult evaluate(CheckContext context) {
        ExpectedCalendar calendar = context.expectedCalendar().orElseThrow(() -> new IllegalStateException("needs a calendar"));
        ExpectedCalendar.Expectation expectation = calendar.within(context.window());
        Deque<Double> baseline = earlier(context, calendar, expectation);
        int fromHistory = baseline.size();
        LocalDate season = expectation.expected().isEmpty() ? null : calendar.openerOf(expectation.expected().first()).orElse(null);
        int judged = 0;
        List<Map<String, Object>> anomalies = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        List<LocalDate> waived = new ArrayList<>();
        for (LocalDate date : expectation.expected()) {
            LocalDate opener = calendar.openerOf(date).orElse(null);
            if (perSeason && opener != null && !opener.equals(season)) {
                baseline.clear();
            }
            season = opener;
            OptionalDouble value = series.on(date, context.metrics(), calendar);
            if (value.isEmpty() || context.isWaived(date)) {
                continue;
            }
            double v = value.getAsDouble();
            if (baseline.size() >= minHistory) {
                judged++;
                Method.Band band = method.band(baseline.stream().mapToDouble(Double::doubleValue).toArray(), sensitivity,
                        centre -> series.samplingError(centre, date, context.metrics()));
                if (direction.flags(v, band)) {
                    anomalies.add(entry(date, v, band));
                    shown.add(date + " " + number(v) + " (baseline " + number(band.centre()) + ", " + direction.normal(band) + ")");
                }
            }
            baseline.addLast(v);
            if (baseline.size() > lookback) {
                baseline.removeFirst();
            }
        }
        Map<String, Object> observed = new LinkedHashMap<>();
        observed.put("dates_judged", judged);
        observed.put("anomalous_dates", anomalies.size());
        if (fromHistory > 0) {
            observed.put("baseline_from_history", fromHistory);
        }
        String table = context.dataset().table().toString();
        String window = "(window " + context.window() + ")";
        String expected = "no " + direction.key() + " beyond " + number(sensitivity) + " × " + (method == Method.MAD ? "MAD" : "sd");
        if (judged == 0) {
            return CheckResult.notApplicable(table + "'s " + series.name() + " cannot be judged: no date has " + minHistory
                    + " earlier expected dates with data " + window);
        }
        if (anomalies.isEmpty()) {
            return CheckResult.passed(table + "'s " + series.name() + " is within its baseline on all " + Format.plural(judged, "date")
                    + " judged " + window, expected, "0 anomalous dates", observed);
        }
        String message = table + "'s " + series.name() + " is anomalous on " + Format.plural(anomalies.size(), "date") + " of "
                + Format.count(judged) + ": " + Format.first(shown, DATES_IN_MESSAGE) + " " + window;
        return CheckResult.failed(message, expected, Format.plural(anomalies.size(), "anomalous date"), observed)
                .withDetail("anomalies", anomalies);
    }

    /**
     * The baseline this window starts with: the last {@code lookback} values earlier runs recorded before the window
     * (only those of the window's first season when {@code perSeason}), so a one-day window still has a baseline.
     */
    private Deque<Double> earlier(CheckContext context, ExpectedCalendar calendar, ExpectedCalendar.Expectation expectation) {
        Deque<Double> baseline = new ArrayDeque<>();
        if (context.history().isEmpty() || expectation.expected().isEmpty()) {
            return baseline;
        }
        LocalDate from = perSeason ? calendar.openerOf(expectation.expected().first()).orElse(LocalDate.MIN) : LocalDate.MIN;
        for (double value : context.history().tailMap(from, true).values()) {
            baseline.addLast(value);
            if (baseline.size() > lookback) {
                baseline.removeFirst();
            }
        }
        return baseline;
    }

    private static Map<String, Object> entry(LocalDate date, double value, Method.Band band) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("date", date.toString());
        entry.put("value", round(value));
        entry.put("baseline", round(band.centre()));
        entry.put("low", round(band.low()));
        entry.put("high", round(band.high()));
        return entry;
    }

    /** Two decimals at most, no trailing zeros: 26, 25.5, 12.34. */
    static String number(double value) {
        return java.math.BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
