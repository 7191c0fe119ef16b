package dev.preflight.checks.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Suites run by JUnit's ConsoleLauncher in its own JVM, as a pipeline without a build tool would run them: the
 * engine is found on the class path, the warehouse comes from {@code --config}, and the exit code is the gate.
 */
class ConsoleLauncherTest {

    private static final Pattern COUNT = Pattern.compile("\\[\\s*(\\d+) tests (successful|failed|aborted|found)\\s*]");

    @TempDir
    Path dir;

    /** The console's result: its exit code and the counts from its summary. */
    private record Run(int exitCode, String output) {
        long count(String kind) {
            Matcher matcher = COUNT.matcher(output);
            while (matcher.find()) {
                if (matcher.group(2).equals(kind)) {
                    return Long.parseLong(matcher.group(1));
                }
            }
            throw new AssertionError("no '" + kind + "' count in the console output:\n" + output);
        }
    }

    private Run console(Path suite, Path warehouse) throws IOException, InterruptedException {
        String standalone = null;
        List<String> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.contains("junit-platform-console-standalone")) {
                standalone = entry;
            } else if (!entry.contains("junit") && !entry.contains("opentest4j") && !entry.contains("apiguardian")) {
                // The standalone jar brings the platform itself; everything else (our engine, DuckDB, Jackson) comes from here.
                classPath.add(entry);
            }
        }
        assertThat(standalone).as("junit-platform-console-standalone on the test class path").isNotNull();
        Path output = dir.resolve("console.txt");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Djava.io.tmpdir=" + dir,
                "-jar", standalone, "execute",
                "--disable-banner", "--disable-ansi-colors", "--details=summary",
                "--class-path", String.join(File.pathSeparator, classPath),
                "--select-file", suite.toString(),
                "--include-engine", "preflight",
                "--config", "preflight.warehouse.path=" + warehouse)
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        // A guard against a hung child, not a timing assertion.
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("the console did not finish:\n" + Files.readString(output));
        }
        return new Run(process.exitValue(), Files.readString(output));
    }

    @Test
    void should_exit_0_when_every_check_passes() throws Exception {
        Run run = console(EngineWarehouse.resource("preflight/testsuites/selectors/team_games.yaml"), EngineWarehouse.create(dir));

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.count("found")).isEqualTo(1);
        assertThat(run.count("successful")).isEqualTo(1);
        assertThat(run.count("failed")).isZero();
    }

    @Test
    void should_exit_1_and_count_failures_when_checks_fail() throws Exception {
        Run run = console(EngineWarehouse.resource("preflight/testsuites/outcomes/outcomes.yaml"), EngineWarehouse.create(dir));

        assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
        assertThat(run.count("found")).isEqualTo(6);
        assertThat(run.count("successful")).isEqualTo(2);
        assertThat(run.count("failed")).isEqualTo(3);
        assertThat(run.count("aborted")).isEqualTo(1);
        assertThat(run.output()).contains("minutes_played of nba_analytics.player_game_summary is NULL in 2 of 10 rows (20.0%),"
                + " above the 5.0% maximum (window 2024-10-22..2024-10-31)");
    }
}
