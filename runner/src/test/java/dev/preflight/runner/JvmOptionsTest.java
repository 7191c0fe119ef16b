package dev.preflight.runner;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** One file of JVM options for the script, the processes the command starts, and the benchmark's gate processes. */
class JvmOptionsTest {

    private static final String FILE = "runner/src/main/resources/dev/preflight/runner/jvm.options";

    @Test
    void theScriptReadsTheFileTheCommandReads() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        assertThat(root.resolve(FILE)).exists();
        assertThat(Files.readString(root.resolve("preflight"))).contains("$here/" + FILE);
    }

    @Test
    void everyOptionIsOneJvmOptionAndSelfCommandPassesThemAll() {
        assertThat(JvmOptions.get()).isNotEmpty().allSatisfy(option -> assertThat(option).startsWith("-").doesNotContain(" ", "#"));
        assertThat(SelfCommand.argv()).containsSubsequence(JvmOptions.get()).contains(Main.class.getName());
    }
}
