package dev.preflight.demo;

import dev.preflight.demo.BoxScoreGenerator.BoxScores;
import dev.preflight.demo.ContextGenerator.Context;
import dev.preflight.demo.FaultPlanter.Faults;
import java.io.IOException;
import java.util.List;

/**
 * What the generator makes for one seed before anything is written: the schedule, the clean
 * analytics tables and the faults planted in them. The warehouse writes {@code faults.tables()};
 * a backfill restores rows of {@code clean}; the Phase 4 ground truth reads both.
 */
record Generated(List<ScheduledGame> schedule, FactTables clean, Faults faults) {

    Generated {
        schedule = List.copyOf(schedule);
    }

    /** Deterministic for a given seed. */
    static Generated of(long seed) throws IOException {
        ReferenceData reference = ReferenceData.load();
        List<ScheduledGame> schedule = ScheduleBuilder.build(reference, seed);
        Rosters rosters = Rosters.build(seed);
        BoxScores box = BoxScoreGenerator.generate(schedule, rosters, seed);
        Context context = ContextGenerator.generate(schedule, box.players(), rosters, seed);
        FactTables clean =
                new FactTables(
                        box.players(),
                        box.offense(),
                        box.defense(),
                        context.players(),
                        context.teams());
        Faults faults =
                FaultPlanter.plant(
                        clean,
                        ExpectedDates.of(
                                schedule, SeasonCalendar.WINDOW_START, SeasonCalendar.WINDOW_END),
                        seed);
        return new Generated(schedule, clean, faults);
    }
}
