package dev.preflight.model;

import dev.preflight.source.SourceLocation;
import dev.preflight.source.SuiteDefinitionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.util.Map;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WarehouseSpecTest {

    private static final SourceLocation AT = new SourceLocation(URI.create("file:///suites/s.yaml"), "s.yaml", 4, 3);

    private static WarehouseSpec with(String threads) {
        return new WarehouseSpec("duckdb", Map.of("threads", threads), AT);
    }

    @Test
    void a_count_the_suite_does_not_set_is_empty() {
        assertThat(new WarehouseSpec("duckdb", Map.of(), AT).count("threads", 8, "duckdb warehouse", "threads, from 1")).isEmpty();
    }

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {"1|1", "8|8", "' 3 '|3"})
    void a_whole_number_in_range_is_taken(String text, int expected) {
        assertThat(with(text).count("threads", 8, "duckdb warehouse", "threads, from 1")).isEqualTo(OptionalInt.of(expected));
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"0", "9", "-1", "1.5", "two", "", "99999999999"})
    void anything_else_names_where_and_what_to_write(String text) {
        assertThatThrownBy(() -> with(text).count("threads", 8, "duckdb warehouse", "threads each statement may use, from 1"))
                .isInstanceOf(SuiteDefinitionException.class)
                .hasMessageContaining("s.yaml:4:3")
                .hasMessageContaining("the duckdb warehouse setting 'threads' is '" + text
                        + "'; write a whole number of threads each statement may use, from 1 to 8");
    }
}
