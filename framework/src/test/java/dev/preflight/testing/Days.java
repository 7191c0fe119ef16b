package dev.preflight.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** Date lists for fixtures and expected values, written as ISO text so tests read like the data. */
public final class Days {

    private Days() {
    }

    /** {@return every day from {@code first} to {@code last}, both included} */
    public static List<LocalDate> between(String first, String last) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = LocalDate.parse(first); !day.isAfter(LocalDate.parse(last)); day = day.plusDays(1)) {
            days.add(day);
        }
        return List.copyOf(days);
    }

    /** {@return the dates, in the order given} */
    public static List<LocalDate> of(String... dates) {
        return Arrays.stream(dates).map(LocalDate::parse).toList();
    }

    /** {@return {@code days} without {@code removed}, order kept} */
    public static List<LocalDate> except(Collection<LocalDate> days, Collection<LocalDate> removed) {
        return days.stream().filter(d -> !removed.contains(d)).toList();
    }
}
