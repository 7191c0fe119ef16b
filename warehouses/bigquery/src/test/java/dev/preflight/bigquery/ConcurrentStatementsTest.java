package dev.preflight.bigquery;

import dev.preflight.model.WarehouseSpec;
import dev.preflight.sql.Statement;
import dev.preflight.warehouse.WarehouseException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Statements of one warehouse at once (datasets scanned concurrently): the timeout short-circuit holds for
 * statements already sent, and a statement sent before the endpoint's first answer goes alone.
 */
class ConcurrentStatementsTest {

    BigQueryStubServer stub;
    BigQueryWarehouse warehouse;

    @BeforeEach
    void start() {
        stub = BigQueryStubServer.start(sql -> BigQueryWarehouseTest.PER_DATE);
    }

    @AfterEach
    void stop() {
        if (warehouse != null) {
            warehouse.close();
        }
        stub.close();
    }

    @Test
    void should_stop_waiting_for_a_statement_in_flight_when_another_times_out() throws Exception {
        warehouse = open("5");
        assertThat(warehouse.execute(scan("first", "SELECT 1")).rows()).hasSize(5);
        stub.hang("POST", "/jobs$").hang("POST", "/jobs$");

        CompletableFuture<?> slow = CompletableFuture.runAsync(() -> warehouse.execute(scan("slow", "SELECT 2")));
        awaitJobs(2);
        // The second starts later, so its own deadline comes after the first's: it ends on the first's timeout.
        Thread.sleep(1000);
        CompletableFuture<?> later = CompletableFuture.runAsync(() -> warehouse.execute(scan("later", "SELECT 3")));
        awaitJobs(3);

        assertThatThrownBy(slow::join).isInstanceOf(CompletionException.class).cause().isInstanceOf(WarehouseException.class)
                .hasMessageStartingWith("slow took longer than timeout_seconds = 5 s; BigQuery job preflight_");
        String first = message(slow);
        assertThatThrownBy(later::join).cause().isInstanceOf(WarehouseException.class)
                .hasMessageStartingWith("stopped waiting for later (BigQuery job preflight_")
                .hasMessageEndingWith("was cancelled), because " + first);
        assertThatThrownBy(() -> warehouse.columns(dev.preflight.model.TableName.parse("d.t").orElseThrow()))
                .hasMessage("not sent: d.t, because " + first);
    }

    @Test
    void should_send_no_second_statement_before_the_endpoint_has_answered_the_first() throws Exception {
        warehouse = open("1");
        stub.hang("POST", "/jobs$");

        CompletableFuture<?> first = CompletableFuture.runAsync(() -> warehouse.execute(scan("first", "SELECT 1")));
        awaitJobs(1);
        CompletableFuture<?> second = CompletableFuture.runAsync(() -> warehouse.execute(scan("second", "SELECT 2")));

        assertThatThrownBy(first::join).cause().hasMessageStartingWith("first took longer than timeout_seconds = 1 s");
        assertThatThrownBy(second::join).cause().isInstanceOf(WarehouseException.class)
                .hasMessage("not sent: second, because " + message(first));
        assertThat(stub.requests("POST", "/jobs$")).hasSize(1);
    }

    private BigQueryWarehouse open(String timeoutSeconds) {
        Map<String, String> all = new HashMap<>(Map.of("project", BigQueryWarehouseTest.PROJECT, "host", stub.host(), "timeout_seconds", timeoutSeconds));
        return BigQueryWarehouse.open(BigQuerySettings.of(new WarehouseSpec("bigquery", all, BigQueryWarehouseTest.AT)), "concurrent",
                BigQueryWarehouseTest.FAST);
    }

    /** Waits until the stub has received {@code count} job inserts; the test's own timeout ends a wait that never does. */
    private void awaitJobs(int count) throws InterruptedException {
        for (int i = 0; i < 1000 && stub.requests("POST", "/jobs$").size() < count; i++) {
            Thread.sleep(10);
        }
        assertThat(stub.requests("POST", "/jobs$")).hasSize(count);
    }

    private static String message(CompletableFuture<?> failed) {
        try {
            failed.join();
            return "";
        } catch (CompletionException e) {
            return e.getCause().getMessage();
        }
    }

    private static Statement scan(String label, String sql) {
        return new Statement(Statement.Kind.SCAN, label, sql);
    }
}
