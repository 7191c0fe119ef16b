package dev.preflight.runner;

import dev.preflight.demo.phase4.Phase4Processor;

import java.util.List;

/**
 * The steps of the seed's night as {@code demo/src/main/resources/dev/preflight/demo/phase4_night.yaml} declares them:
 * the gate before the pipeline, each processor's needs, pre-flight and post-flight gates. {@link DemoNight} runs them
 * in-process until {@code preflight run PIPELINE.yaml} runs the file itself; {@code NightPlanTest} keeps the two
 * equal.
 */
final class NightPlan {

    private NightPlan() {
    }

    static final String PIPELINE = "dev/preflight/demo/phase4_night.yaml";
    static final String PHASE3 = "classpath:preflight/nba/phase3_for_phase4.yaml";
    static final String POSTFLIGHT = "classpath:preflight/nba/phase4_postflight.yaml";
    static final String READINESS = "classpath:preflight/nba/ml_training_readiness.yaml";

    /** One suite run as a gate, with the JUnit tag expressions that select its checks (none: all). */
    record Gate(String suite, List<String> tags) {
        Gate {
            tags = List.copyOf(tags);
        }

        /** {@return the suite's file name and tags, for a progress line} */
        String label() {
            return suite.substring(suite.lastIndexOf('/') + 1) + (tags.isEmpty() ? "" : " [" + String.join(", ", tags) + "]");
        }
    }

    /** One processor with the jobs it waits for and the gates around it. */
    record Job(Phase4Processor processor, List<String> needs, List<Gate> preflight, List<Gate> postflight) {
        Job {
            needs = List.copyOf(needs);
            preflight = List.copyOf(preflight);
            postflight = List.copyOf(postflight);
        }

        String id() {
            return processor.jobName();
        }
    }

    static final Gate PHASE3_GATE = new Gate(PHASE3, List.of());

    /** The jobs in the seed's order; the first two form group 1 and run in parallel under the pipeline runner. */
    static final List<Job> JOBS = List.of(
            job(Phase4Processor.TEAM_DEFENSE_ZONE_ANALYSIS, List.of()),
            job(Phase4Processor.PLAYER_SHOT_ZONE_ANALYSIS, List.of()),
            job(Phase4Processor.PLAYER_COMPOSITE_FACTORS, List.of("team_defense_zone_analysis", "player_shot_zone_analysis")),
            job(Phase4Processor.PLAYER_DAILY_CACHE, List.of("player_composite_factors")),
            // Its inputs are Phase 4 tables: its pre-flight is their post-flight. The readiness audit is the night's step 5,
            // not a gate here: NOT READY is its answer, and it must not fail the pipeline that built the features.
            new Job(Phase4Processor.ML_FEATURE_STORE_V2, List.of("player_daily_cache"),
                    List.of(new Gate(POSTFLIGHT, List.of("(player_composite_factors | player_daily_cache) & !input"))),
                    List.of(postflight("ml_feature_store_v2"))));

    /** Pre-flight: the job's Phase 3 inputs have rows in the window; post-flight: its table's checks. */
    private static Job job(Phase4Processor processor, List<String> needs) {
        return new Job(processor, needs, List.of(new Gate(POSTFLIGHT, List.of("input & " + processor.jobName()))),
                List.of(postflight(processor.jobName())));
    }

    private static Gate postflight(String job) {
        return new Gate(POSTFLIGHT, List.of(job + " & !input"));
    }
}
