package dev.preflight.demo.phase4;

import java.time.LocalDate;
import java.util.List;

/**
 * What one processor run wrote.
 *
 * @param rows rows written in the window (the window's earlier rows were deleted first)
 * @param dates dates with rows in the window
 * @param bootstrapDates game dates in the window it skipped as bootstrap days
 * @param skippedDates the other game dates in the window it wrote nothing for, because an input
 *     lacked them, ascending
 */
public record ProcessorResult(
        Phase4Processor processor,
        LocalDate start,
        LocalDate end,
        long rows,
        int dates,
        int bootstrapDates,
        List<LocalDate> skippedDates) {

    public ProcessorResult {
        skippedDates = List.copyOf(skippedDates);
    }
}
