package dev.preflight.check;

import org.apiguardian.api.API;

import java.util.Locale;

import static org.apiguardian.api.API.Status.STABLE;

/** How numbers read in messages: counts with thousands separators, percentages that never contradict their verdict. */
@API(status = STABLE, since = "0.1")
public final class Format {

    private Format() {
    }

    /** {@return e.g. "1,234,567"}: as {@code %,d} in {@link Locale#ROOT}, without a Formatter for each of 10,000 messages */
    public static String count(long value) {
        String digits = Long.toString(value);
        int sign = value < 0 ? 1 : 0;
        int length = digits.length() - sign;
        if (length <= 3) {
            return digits;
        }
        StringBuilder out = new StringBuilder(digits.length() + length / 3);
        out.append(digits, 0, sign);
        int first = length % 3 == 0 ? 3 : length % 3;
        out.append(digits, sign, sign + first);
        for (int i = sign + first; i < digits.length(); i += 3) {
            out.append(',').append(digits, i, i + 3);
        }
        return out.toString();
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
