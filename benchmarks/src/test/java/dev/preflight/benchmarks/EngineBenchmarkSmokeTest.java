package dev.preflight.benchmarks;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every benchmark through JMH's Runner, in this JVM, for a moment: the benchmarks compile, set up and run, and
 * each has a score. Never a time threshold: the machine is shared, a smoke test only shows that the numbers exist.
 */
class EngineBenchmarkSmokeTest {

    @Test
    void everyBenchmarkRunsAndScores() throws Exception {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(EngineBenchmark.class.getName() + "\\.")
                .forks(0)
                .warmupIterations(1).warmupTime(TimeValue.milliseconds(100))
                .measurementIterations(1).measurementTime(TimeValue.milliseconds(100))
                .param("checks", "1", "20")
                // The suite with every check type of the standard suite; "values" is the same code with one type.
                .param("shape", "standard")
                // JMH's report goes to a file: a passing build stays quiet.
                .output(Path.of(System.getProperty("java.io.tmpdir"), "jmh-smoke.txt").toString())
                .shouldFailOnError(true)
                .build()).run();

        List<PerCheck.Row> rows = PerCheck.rows(results);
        // 4 benchmarks × 2 sizes
        assertThat(rows).hasSize(8);
        assertThat(rows).extracting(PerCheck.Row::benchmark).containsOnly("parse", "plan", "evaluate", "run");
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.perDataset()).isPositive();
            assertThat(row.perCheck()).isPositive();
        });
        assertThat(rows).filteredOn(row -> row.checks() == 20)
                .allSatisfy(row -> assertThat(row.perCheck()).isEqualTo(row.perDataset() / 20));
        assertThat(PerCheck.table(rows)).contains("| run | standard | 20 |");
    }
}
