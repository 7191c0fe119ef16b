package dev.preflight.reports;

import dev.preflight.result.GateResult;
import dev.preflight.result.ResultJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The summary's first sentence over several suites, as a night's gate result holds them: what stops the gate is named
 * after the suites that hold its blocking tables, never after a suite beside them that passed.
 */
class HeadlineTest {

    static Stream<Arguments> results() {
        return Stream.of(
                Arguments.of("a readiness suite blocks, the Phase 3 suite beside it is ready",
                        result("CLOSED", suite("phase3_for_phase4", "", dataset("games", "READY", "\"phase4_job\"", "PASSED")),
                                suite("ml_training_readiness", "NOT READY", dataset("player_game_summary", "BLOCKING", "", "FAILED"))),
                        "ml_training_readiness is NOT READY: player_game_summary fails usage_rate (89.6%, needs >= 95.0%)."),
                Arguments.of("the Phase 3 suite blocks, the readiness suite beside it is ready",
                        result("CLOSED", suite("phase3_for_phase4", "", dataset("games", "BLOCKING", "\"phase4_job\"", "FAILED")),
                                suite("ml_training_readiness", "READY", dataset("player_game_summary", "READY", "", "PASSED"))),
                        "Phase 4 must not run: games fails usage_rate (89.6%, needs >= 95.0%)."),
                Arguments.of("a suite without a name for what it guards blocks the jobs that need its table",
                        result("CLOSED", suite("phase3_for_phase4", "", dataset("games", "READY", "", "PASSED")),
                                suite("nightly", "", dataset("boxscores", "BLOCKING", "\"phase4_job\"", "FAILED"))),
                        "phase4_job must not run: boxscores fails usage_rate (89.6%, needs >= 95.0%)."),
                Arguments.of("a suite that names nothing blocks",
                        result("CLOSED", suite("nightly", "", dataset("boxscores", "BLOCKING", "", "FAILED"))),
                        "The next step must not run: boxscores fails usage_rate (89.6%, needs >= 95.0%)."),
                Arguments.of("every suite passes",
                        result("OPEN", suite("phase3_for_phase4", "", dataset("games", "READY", "", "PASSED")),
                                suite("ml_training_readiness", "READY", dataset("player_game_summary", "READY", "", "PASSED"))),
                        "Phase 4 can run: every check passed on 2 tables."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("results")
    void namesWhatStopsTheGate(String name, GateResult run, String expected) {
        assertThat(Headline.of(run)).isEqualTo(expected);
    }

    private static GateResult result(String verdict, String... suites) {
        return GateResult.read(ResultJson.read("""
                {"format": 1, "verdict": "%s", "exit_code": %d, "strict": false,
                 "counts": {"passed": 1, "warned": 0, "failed": 1, "not_applicable": 0, "errored": 0},
                 "suites": [%s], "warnings": [], "unverified": []}""".formatted(verdict, "OPEN".equals(verdict) ? 0 : 1, String.join(", ", suites))));
    }

    private static String suite(String name, String verdict, String dataset) {
        return """
                {"name": "%s", "file": "file:/suites/%s.yaml", "window": {"start": "2024-01-01", "end": "2024-01-12"},
                 %s "problems": [], "datasets": [%s]}""".formatted(name, name, verdict.isEmpty() ? "" : "\"verdict\": \"" + verdict + "\",", dataset);
    }

    private static String dataset(String id, String status, String requiredBy, String outcome) {
        return """
                {"id": "%s", "table": "nba.%s", "status": "%s", "required_by": [%s], "checks": [
                  {"check": "usage_rate", "type": "null_rate", "severity": "error", "outcome": "%s", "description": "",
                   "message": "m", "expected": ">= 95.0%%", "actual": "89.6%%", "observed": {}, "missing_dates": [], "missing_ranges": []}]}"""
                .formatted(id, id, status, requiredBy, outcome);
    }
}
