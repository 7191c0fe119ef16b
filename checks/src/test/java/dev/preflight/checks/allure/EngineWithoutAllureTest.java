package dev.preflight.checks.allure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Allure is optional: the engine has no Allure dependency, and the reports module's listener (still on this class
 * path, registered as a service) does nothing without Allure. With no Allure jar on the class path, the same suite
 * runs to the same outcomes, and nothing fails for a missing class. The run happens in a JVM whose class path is this test's minus
 * every Allure jar.
 */
class EngineWithoutAllureTest {

    @TempDir
    Path dir;

    @Test
    void should_run_every_check_to_its_outcome_without_allure_on_the_class_path() throws Exception {
        Path warehouse = FixtureWarehouse.create(dir);
        List<String> kept = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (String entry : classPath()) {
            (entry.contains("allure") ? dropped : kept).add(entry);
        }
        assertThat(dropped).as("the Allure jars this test removes").anyMatch(e -> e.contains("allure-java-commons"));

        Path out = dir.resolve("out.txt");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + dir, "-cp", String.join(File.pathSeparator, kept), IsolatedRun.class.getName(), warehouse.toString())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the run finished").isTrue();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);

        assertThat(process.exitValue()).as(String.join("\n", lines)).isZero();
        assertThat(lines).containsExactlyInAnyOrder("allure=absent",
                "coverage=FAILED/FAILED", "null_rate(v)=WARNED/SUCCESSFUL", "duplicates=PASSED/SUCCESSFUL");
    }

    /** Surefire runs tests from a manifest-only jar, and names the real class path in this property. */
    private static List<String> classPath() {
        return Arrays.stream(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")).split(File.pathSeparator))
                .filter(e -> !e.isBlank()).toList();
    }
}
