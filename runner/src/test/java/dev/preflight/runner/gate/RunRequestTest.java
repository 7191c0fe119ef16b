package dev.preflight.runner.gate;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RunRequestTest {

    @Test
    void the_next_commands_options_name_the_same_data_in_a_stable_order_without_how_it_was_scanned() {
        RunRequest request = new RunRequest(List.of("s.yaml"), null, null, Map.of("team", "LAL", "season", "2024"), List.of(),
                Map.of("project", "p", "path", "w.duckdb", "parallelism", "2", "maximum_bytes_billed", "10GiB"));

        assertThat(request.sameDataOptions()).containsExactly("--warehouse", "w.duckdb",
                "--warehouse-setting", "maximum_bytes_billed=10GiB", "--warehouse-setting", "project=p",
                "--param", "season=2024", "--param", "team=LAL");
    }

    @Test
    void a_run_on_the_suites_own_warehouse_needs_no_options() {
        assertThat(new RunRequest(List.of("s.yaml"), null, null, Map.of(), List.of(), Map.of("parallelism", "4")).sameDataOptions()).isEmpty();
    }
}
