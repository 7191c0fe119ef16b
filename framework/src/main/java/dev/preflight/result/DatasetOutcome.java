package dev.preflight.result;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * The checks of one dataset, and the dataset's status at the gate.
 *
 * @param status from the worst check (see {@link DatasetStatus#worst}), or as a gate's JSON says
 * @param figures what the dataset's run cost, by gate field: {@code statements}, and on BigQuery {@code bytes_processed}
 *                and {@code bytes_billed}; empty when none came
 */
@API(status = MAINTAINED, since = "0.1")
public record DatasetOutcome(String id, String table, DatasetStatus status, List<String> requiredBy, Map<String, Long> figures,
                             List<CheckOutcome> checks) {

    /** The figures a dataset may carry, in the gate's order. */
    public static final List<String> FIGURES = List.of("statements", "bytes_processed", "bytes_billed");

    public DatasetOutcome {
        requiredBy = List.copyOf(requiredBy);
        figures = Map.copyOf(figures);
        checks = List.copyOf(checks);
    }

    /** {@return a dataset whose status its checks decide} */
    public static DatasetOutcome of(String id, String table, List<String> requiredBy, Map<String, Long> figures, List<CheckOutcome> checks) {
        return new DatasetOutcome(id, table, DatasetStatus.worst(checks.stream().map(CheckOutcome::outcome).toList()), requiredBy, figures, checks);
    }

    /** {@return the first coverage check that produced numbers} */
    public Optional<CheckOutcome> coverage() {
        return checks.stream().filter(c -> c.type().equals("coverage") && c.observedNumber("expected_dates").isPresent()).findFirst();
    }

    public List<CheckOutcome> checksOfType(String... types) {
        return checks.stream().filter(c -> List.of(types).contains(c.type())).toList();
    }

    /** {@return the checks with this outcome} */
    public List<CheckOutcome> checks(Outcome outcome) {
        return checks.stream().filter(c -> c.is(outcome)).toList();
    }
}
