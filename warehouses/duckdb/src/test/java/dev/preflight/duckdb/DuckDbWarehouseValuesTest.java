package dev.preflight.duckdb;

import dev.preflight.metric.QueryResult;
import dev.preflight.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The values a real DuckDB hands back, one SQL type per test, are the Java types {@link QueryResult} promises: every
 * consumer (scans, calendars, dependency comparisons, samples) reads those and never a {@code java.sql} or driver type.
 */
class DuckDbWarehouseValuesTest {

    static DuckDbWarehouse warehouse;

    @BeforeAll
    static void open() {
        warehouse = DuckDbWarehouse.open(DuckDbWarehouse.MEMORY);
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    /** {@return the one value of a one-row, one-column query} */
    static Object value(String expression) {
        QueryResult result = warehouse.execute(new Statement(Statement.Kind.CUSTOM, "value", "SELECT " + expression + " AS v"));
        assertThat(result.rows()).hasSize(1);
        return result.rows().get(0).get(0);
    }

    @Test
    void a_date_is_a_local_date() {
        assertThat(value("DATE '2024-10-22'")).isEqualTo(LocalDate.of(2024, 10, 22));
    }

    @Test
    void a_timestamp_is_a_local_date_time_with_its_time_and_microseconds() {
        // It used to be cut to its date, so a consumer could not tell 2024-10-22 23:59 from midnight.
        assertThat(value("TIMESTAMP '2024-10-22 19:30:05.123456'")).isEqualTo(LocalDateTime.of(2024, 10, 22, 19, 30, 5, 123_456_000));
    }

    @Test
    void a_timestamp_in_a_spring_forward_gap_of_the_jvm_zone_keeps_its_wall_clock_time() {
        // 2024-03-10 02:30 does not exist in New York; java.sql.Timestamp would move it to 03:30 there. DuckDB's
        // TIMESTAMP has no zone, so the value must not depend on the JVM's.
        TimeZone zone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
        try {
            assertThat(value("TIMESTAMP '2024-03-10 02:30:00'")).isEqualTo(LocalDateTime.of(2024, 3, 10, 2, 30));
        } finally {
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void a_timestamp_with_time_zone_is_an_offset_date_time_in_utc() {
        // The driver answers in the JVM's zone; UTC makes the value the same on every machine.
        assertThat(value("TIMESTAMPTZ '2024-10-22 19:30:00+02'"))
                .isEqualTo(OffsetDateTime.of(2024, 10, 22, 17, 30, 0, 0, ZoneOffset.UTC));
    }

    @Test
    void an_integer_is_a_long() {
        assertThat(value("CAST(7 AS INTEGER)")).isEqualTo(7L);
    }

    @Test
    void a_hugeint_that_fits_is_a_long() {
        assertThat(value("CAST(7 AS HUGEINT)")).isEqualTo(7L);
    }

    @Test
    void a_list_of_doubles_is_a_list_with_its_nulls() {
        assertThat(value("[1.5, NULL, 2.5]::DOUBLE[]")).isEqualTo(Arrays.asList(1.5, null, 2.5));
    }

    @Test
    void a_list_of_text_is_a_list_of_strings() {
        assertThat(value("['points_avg_last_5', 'fatigue_score']")).isEqualTo(List.of("points_avg_last_5", "fatigue_score"));
    }

    @Test
    void a_list_of_dates_holds_local_dates() {
        // Elements are converted like top-level values, not left as the driver's types.
        assertThat(value("[DATE '2024-10-22', DATE '2024-10-23']")).isEqualTo(List.of(LocalDate.of(2024, 10, 22), LocalDate.of(2024, 10, 23)));
    }

    @Test
    void a_list_of_lists_is_a_list_of_lists_of_longs() {
        assertThat(value("[[1, 2], [3]]")).isEqualTo(List.of(List.of(1L, 2L), List.of(3L)));
    }

    @Test
    void a_list_is_read_only() {
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) value("[1, 2]");

        assertThatThrownBy(() -> list.add(3L)).isInstanceOf(UnsupportedOperationException.class);
    }
}
