package dev.preflight.check;

import org.apiguardian.api.API;

import java.util.Locale;

import static org.apiguardian.api.API.Status.STABLE;

/** How numbers read in messages: counts with thousands separators, percentages that never contradict their verdict. */
@API(status = STABLE, since = "0.1")
public final class Format {

    private Format() {
    }

    public static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** {@return {@code part / whole} as a percentage} */
    public static double percent(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }

    /** {@return e.g. "91.5%"} */
    public static String percent(double value) {
        return String.format(Locale.ROOT, "%.1f%%", value);
    }

    /**
     * {@return the value with enough decimals that it does not print as the threshold it missed}: 94.96% against a
     * 95% minimum prints "94.96%", not "95.0%".
     */
    public static String percent(double value, double threshold) {
        for (int decimals = 1; decimals <= 6; decimals++) {
            String shown = String.format(Locale.ROOT, "%." + decimals + "f", value);
            String limit = String.format(Locale.ROOT, "%." + decimals + "f", threshold);
            if (!shown.equals(limit) || value == threshold) {
                return shown + "%";
            }
        }
        return value + "%";
    }

    /** {@return the first {@code limit} items joined by ", ", then "… (N more)"} */
    public static String first(java.util.List<?> items, int limit) {
        String shown = items.stream().limit(limit).map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
        return items.size() > limit ? shown + ", … (" + (items.size() - limit) + " more)" : shown;
    }

    /** {@return "1 date" or "3 dates"} */
    public static String plural(long count, String noun) {
        return count(count) + " " + noun + (count == 1 ? "" : "s");
    }
}
