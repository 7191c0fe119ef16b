package dev.preflight.result;

import org.apiguardian.api.API;

import java.util.Collection;

import static org.apiguardian.api.API.Status.STABLE;

/** How a dataset stands at the gate, from its worst check; the {@code status} of a dataset in the gate's JSON. */
@API(status = STABLE, since = "0.1")
public enum DatasetStatus {
    READY("✓ ready"), DEGRADED("⚠ degraded"), BLOCKING("✗ blocking"), UNVERIFIED("? unverified");

    private final String label;

    DatasetStatus(String label) {
        this.label = label;
    }

    /** {@return the status for people, e.g. "✗ blocking"} */
    public String label() {
        return label;
    }

    /** {@return the status of one check's outcome} */
    public static DatasetStatus of(Outcome outcome) {
        return switch (outcome) {
            case ERRORED -> UNVERIFIED;
            case FAILED -> BLOCKING;
            case WARNED -> DEGRADED;
            case PASSED, NOT_APPLICABLE -> READY;
        };
    }

    /** {@return the worst status of the outcomes; READY for none} */
    public static DatasetStatus worst(Collection<Outcome> outcomes) {
        DatasetStatus status = READY;
        for (Outcome outcome : outcomes) {
            DatasetStatus of = of(outcome);
            if (of.ordinal() > status.ordinal()) {
                status = of;
            }
        }
        return status;
    }
}
