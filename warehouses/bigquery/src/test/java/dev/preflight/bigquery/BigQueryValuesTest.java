package dev.preflight.bigquery;

import dev.preflight.bigquery.BigQueryStubServer.Answer;
import dev.preflight.bigquery.BigQueryStubServer.Column;
import dev.preflight.metric.QueryResult;
import dev.preflight.model.WarehouseSpec;
import dev.preflight.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * BigQuery's TIMESTAMP, DATETIME and ARRAY values come back as DuckDB's do ({@link QueryResult}): times with their time
 * of day, never cut to their date, and arrays as lists, so a suite reads the same values on either warehouse.
 */
class BigQueryValuesTest {

    BigQueryStubServer stub;
    BigQueryWarehouse warehouse;

    @AfterEach
    void stop() {
        if (warehouse != null) {
            warehouse.close();
        }
        stub.close();
    }

    /** {@return the one value the stub answers for a column of {@code type} holding {@code value} as REST sends it} */
    Object value(String type, String value) {
        stub = BigQueryStubServer.start(sql -> new Answer(List.of(new Column("v", type)), List.of(List.of(value)), 0L));
        Map<String, String> settings = Map.of("project", BigQueryWarehouseTest.PROJECT, "host", stub.host());
        WarehouseSpec spec = new WarehouseSpec("bigquery", settings, BigQueryWarehouseTest.AT);
        warehouse = BigQueryWarehouse.open(BigQuerySettings.of(spec), BigQueryProvider.suiteName(spec), BigQueryWarehouseTest.FAST);
        QueryResult result = warehouse.execute(new Statement(Statement.Kind.CUSTOM, "value", "SELECT v"));
        return result.rows().get(0).get(0);
    }

    @Test
    void a_timestamp_is_an_offset_date_time_in_utc_with_its_microseconds() {
        // REST sends a TIMESTAMP as seconds since the epoch; 1729625405.123456 is 2024-10-22 19:30:05.123456 UTC.
        assertThat(value("TIMESTAMP", "1729625405.123456")).isEqualTo(OffsetDateTime.of(2024, 10, 22, 19, 30, 5, 123_456_000, ZoneOffset.UTC));
    }

    @Test
    void a_datetime_is_a_local_date_time() {
        assertThat(value("DATETIME", "2024-10-22T19:30:05")).isEqualTo(LocalDateTime.of(2024, 10, 22, 19, 30, 5));
    }

    @Test
    void an_array_is_a_list_of_its_elements() {
        // A REPEATED column: each element converted like a value of the element type (FLOAT64 to Double). BigQuery
        // arrays hold no NULLs, unlike DuckDB's lists.
        assertThat(value("ARRAY<FLOAT>", "[\"1.5\", \"2.5\"]")).isEqualTo(List.of(1.5, 2.5));
    }
}
