package dev.preflight.runner.pipeline;

import java.util.Locale;

/** Where a job stands in a run; the run record writes it in lower case. */
public enum JobState {
    /** Waiting for the jobs it needs, or for a free slot. */
    PENDING,
    /** Its pre-flight gates, command or post-flight gates are running. */
    RUNNING,
    /** Its command succeeded and its post-flight gates opened. */
    SUCCEEDED,
    /** Completed in the run this one resumes, for the same window and inputs: not run again. */
    RESUMED,
    /** Its command exited non-zero, on every attempt. */
    FAILED,
    /** Its command was killed by a signal. */
    KILLED,
    /** Its command ran past its timeout, on every attempt. */
    TIMED_OUT,
    /** Its program does not exist or is not executable. */
    COULD_NOT_START,
    /** One of its own gates did not open (closed, invalid or could not verify). */
    GATE_CLOSED,
    /** Something upstream did not succeed (a job, or a gate before it): it never started. */
    SKIPPED,
    /** The runner was stopped while it ran; its process tree was killed. */
    INTERRUPTED;

    /** {@return whether the job is done and lets the jobs that need it run} */
    public boolean letsDownstreamRun() {
        return this == SUCCEEDED || this == RESUMED;
    }

    public boolean finished() {
        return this != PENDING && this != RUNNING;
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@return the state a failed attempt leaves the job in} */
    static JobState of(Attempt.End end) {
        return switch (end) {
            case SUCCEEDED -> SUCCEEDED;
            case FAILED -> FAILED;
            case KILLED -> KILLED;
            case TIMED_OUT -> TIMED_OUT;
            case COULD_NOT_START -> COULD_NOT_START;
            case INTERRUPTED -> INTERRUPTED;
        };
    }
}
