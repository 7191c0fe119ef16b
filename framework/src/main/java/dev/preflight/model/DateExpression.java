package dev.preflight.model;

import org.apiguardian.api.API;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The dates a suite's window and the command line's {@code --start-date}/{@code --end-date} accept: an ISO date
 * ({@code 2026-01-03}), {@code today}, or {@code today-7}/{@code today + 3d}. One parser, so a date a suite takes
 * is never refused on the command line.
 */
@API(status = INTERNAL, since = "0.1")
public final class DateExpression {

    /** What the expressions look like, for messages. */
    public static final String FORMS = "YYYY-MM-DD, today, or today-N (N days ago)";

    private static final Pattern RELATIVE = Pattern.compile("today\\s*(?:([+-])\\s*(\\d{1,6})\\s*d?)?");

    private DateExpression() {
    }

    /** {@return the date the text names, relative dates counted from {@code today}; empty when it names none} */
    public static Optional<LocalDate> parse(String text, LocalDate today) {
        String trimmed = text.trim();
        Matcher relative = RELATIVE.matcher(trimmed.toLowerCase(Locale.ROOT));
        if (relative.matches()) {
            if (relative.group(1) == null) {
                return Optional.of(today);
            }
            long days = Long.parseLong(relative.group(2));
            return Optional.of("+".equals(relative.group(1)) ? today.plusDays(days) : today.minusDays(days));
        }
        try {
            return Optional.of(LocalDate.parse(trimmed));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
