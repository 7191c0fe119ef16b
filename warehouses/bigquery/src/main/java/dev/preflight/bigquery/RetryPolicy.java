package dev.preflight.bigquery;

import java.time.Duration;

/**
 * How often and how patiently a transient BigQuery failure is retried: exponential backoff from
 * {@code initialDelay}, multiplied by {@code multiplier} after each attempt, capped at {@code maxDelay}. The whole
 * statement, retries included, still ends at the warehouse's {@code timeout_seconds}.
 *
 * <p>Preflight owns retries instead of the client library, whose own retries are switched off, so that one policy
 * decides (and the two never multiply), and so that a retry after a failed job runs a new job.
 *
 * @param maxAttempts attempts in all, at least 1
 * @param initialDelay the wait before the second attempt
 * @param multiplier how much each wait grows, at least 1
 * @param maxDelay the longest single wait
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, double multiplier, Duration maxDelay) {

    /** Five attempts, waiting 1, 2, 4 and 8 seconds between them. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofSeconds(1), 2.0, Duration.ofSeconds(30));

    public RetryPolicy {
        if (maxAttempts < 1 || multiplier < 1 || initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("maxAttempts >= 1, multiplier >= 1 and 0 <= initialDelay <= maxDelay");
        }
    }

    /** {@return the wait after failed attempt {@code attempt} (1-based)} */
    public Duration delayAfter(int attempt) {
        double millis = initialDelay.toMillis() * Math.pow(multiplier, attempt - 1);
        return millis >= maxDelay.toMillis() ? maxDelay : Duration.ofMillis((long) millis);
    }
}
