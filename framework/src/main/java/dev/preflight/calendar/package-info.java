/**
 * The expected calendar: the dates on which data must exist ({@link ExpectedCalendar}), their runs as contiguous
 * ranges ({@link DateRanges}), and the coverage picture that reports draw from them.
 *
 * <p>Depends on {@code dev.preflight.source} and {@code dev.preflight.model} only; how the calendar is read from a
 * warehouse is planned in {@code dev.preflight.plan}.
 *
 * @see ExpectedCalendar
 * @see DateRanges
 */
package dev.preflight.calendar;
