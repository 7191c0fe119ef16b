package dev.preflight.runner;

import java.nio.file.Path;
import java.util.List;

/**
 * The argv prefix that runs this same {@code preflight} command in a new process: the same java, the same class path,
 * the same stack size as the {@code preflight} script gives it. A pipeline's {@code ${preflight}} expands to it.
 */
final class SelfCommand {

    private SelfCommand() {
    }

    static List<String> argv() {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        return List.of(java, "-Xss4m", "-cp", System.getProperty("java.class.path"), Main.class.getName());
    }
}
