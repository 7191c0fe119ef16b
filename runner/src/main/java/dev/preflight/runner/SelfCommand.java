package dev.preflight.runner;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.List;

/**
 * The argv prefix that runs this same {@code preflight} command in a new process: the same java, the same class path,
 * the same {@link JvmOptions} as the {@code preflight} script gives it. A pipeline's {@code ${preflight}} expands to it.
 */
final class SelfCommand {

    private SelfCommand() {
    }

    static List<String> argv() {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Absolute: a job runs in its own working directory, where a relative class path (-jar runner/target/…) misses.
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString()).collect(Collectors.joining(File.pathSeparator));
        List<String> argv = new ArrayList<>(List.of(java));
        argv.addAll(JvmOptions.get());
        argv.addAll(List.of("-cp", classPath, Main.class.getName()));
        return List.copyOf(argv);
    }
}
