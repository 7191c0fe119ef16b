package dev.preflight.runner.pipeline;

import java.time.Instant;

/**
 * One attempt at a job's command.
 *
 * @param started when the process started (or was tried)
 * @param ended when it ended
 * @param exitCode the process's exit code, or {@code null} when it could not start or was killed by the runner
 * @param end how it ended
 * @param message one line for people: why it failed, or empty
 */
public record Attempt(Instant started, Instant ended, Integer exitCode, End end, String message) {

    /** How an attempt ended. */
    public enum End {
        /** Exit code 0. */
        SUCCEEDED,
        /** A non-zero exit code of its own. */
        FAILED,
        /** Killed by a signal it did not get from the runner. */
        KILLED,
        /** Ran past the job's timeout; the runner killed its process tree. */
        TIMED_OUT,
        /** The program does not exist or is not executable. */
        COULD_NOT_START,
        /** The runner was stopped (SIGINT, SIGTERM) and killed the process tree. */
        INTERRUPTED
    }

    public boolean succeeded() {
        return end == End.SUCCEEDED;
    }
}
