package dev.preflight.result;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The one result model: what the engine publishes, the gate writes and reports read back. */
class GateResultTest {

    private static final String FAILED = """
            {"suite": "s", "dataset": "t", "check": "coverage", "type": "coverage", "severity": "error", "outcome": "FAILED",
             "message": "a.t covers 16 of 18", "expected": ">= 95.0%", "actual": "88.9%", "location": "s.yaml:7:5",
             "observed": {"covered_dates": 16, "expected_dates": 18}, "missing_dates": ["2024-01-10", "2024-01-11"],
             "missing_ranges": [{"first": "2024-01-10", "last": "2024-01-11", "count": 2}], "waived_dates": [], "samples": {"limit": 5}}""";
    private static final String INVALID = """
            {"check": "row_count", "type": "row_count", "severity": "warn", "outcome": "ERRORED", "message": "no such column", "error": "suite"}""";

    private static GateResult gate() {
        DatasetOutcome dataset = DatasetOutcome.of("t", "a.t", List.of("job"), Map.of("statements", 2L),
                List.of(CheckOutcome.parse(FAILED), CheckOutcome.parse(INVALID)));
        SuiteOutcome suite = new SuiteOutcome("s", "file:/s.yaml", "2024-01-01..2024-01-20", "", List.of(), List.of(dataset),
                Optional.of(new SuiteCalendar(2, List.of(LocalDate.of(2024, 1, 1)), List.of(LocalDate.of(2024, 1, 3)), List.of(LocalDate.of(2024, 1, 1)))));
        return new GateResult("CLOSED", 1, false, Map.of(Outcome.FAILED, 1L, Outcome.ERRORED, 1L), List.of(suite), List.of(), List.of(),
                List.of("--warehouse", "w.duckdb", "--param", "team=LAL"));
    }

    @Test
    void should_read_back_what_it_wrote_to_the_byte() {
        String written = gate().render();

        assertThat(GateResult.read(ResultJson.read(written)).render()).isEqualTo(written);
    }

    @Test
    void should_keep_the_options_that_point_a_next_command_at_the_same_data() {
        GateResult read = GateResult.read(ResultJson.read(gate().render()));

        assertThat(read.dataOptions()).containsExactly("--warehouse", "w.duckdb", "--param", "team=LAL");
        assertThat(GateResult.read(ResultJson.read("{\"format\": 1}")).dataOptions()).as("a gate.json of an earlier gate").isEmpty();
    }

    @Test
    void should_list_a_check_without_the_fields_its_suite_and_dataset_repeat() {
        var check = gate().write().path("suites").get(0).path("datasets").get(0).path("checks").get(0);

        assertThat(check.has("suite")).isFalse();
        assertThat(check.has("dataset")).isFalse();
        assertThat(check.path("samples").path("limit").asInt()).as("a check type's own field").isEqualTo(5);
        assertThat(gate().write().path("counts").path("not_applicable").asLong()).as("every outcome is counted").isZero();
    }

    @Test
    void should_derive_the_dataset_status_from_its_worst_check() {
        DatasetOutcome dataset = gate().datasets().get(0);

        assertThat(dataset.status()).isEqualTo(DatasetStatus.UNVERIFIED);
        assertThat(DatasetStatus.worst(List.of(Outcome.PASSED, Outcome.WARNED, Outcome.NOT_APPLICABLE))).isEqualTo(DatasetStatus.DEGRADED);
        assertThat(dataset.coverage()).map(CheckOutcome::check).hasValue("coverage");
        assertThat(dataset.checks(Outcome.FAILED)).hasSize(1);
    }

    @Test
    void should_tell_a_suite_mistake_from_a_warehouse_failure() {
        CheckOutcome invalid = CheckOutcome.parse(INVALID);

        assertThat(invalid.isSuiteError()).isTrue();
        assertThat(invalid.word()).isEqualTo(Outcome.INVALID);
        assertThat(CheckOutcome.parse(FAILED).word()).isEqualTo("FAILED");
        assertThat(CheckOutcome.parse("{\"outcome\": \"SOMETHING NEW\"}").outcome()).as("nothing vouches for it").isEqualTo(Outcome.ERRORED);
    }

    @Test
    void should_write_a_missing_range_in_a_fixed_order() {
        CheckOutcome.MissingRange range = CheckOutcome.parse(FAILED).missingRanges().get(0);

        assertThat(ResultJson.write(range.fields())).isEqualTo("{\"first\":\"2024-01-10\",\"last\":\"2024-01-11\",\"count\":2}");
    }
}
