package dev.preflight.runner;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real {@code preflight} command and captures what it printed: in its own JVM with the script's
 * {@link JvmOptions}, as a pipeline would, or in this one (fast, for many cases).
 */
final class Cli {

    /** What one run printed and returned. */
    record Run(int exitCode, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private Cli() {
    }

    static Run run(Path workingDirectory, String... args) throws IOException, InterruptedException {
        return forked(workingDirectory, List.of(), Map.of(), args);
    }

    /** Runs with these environment variables added to this JVM's. */
    static Run run(Path workingDirectory, Map<String, String> environment, String... args) throws IOException, InterruptedException {
        return forked(workingDirectory, List.of(), environment, args);
    }

    /** @param jvmOptions e.g. {@code -Xmx16m}, for what only a JVM of its own can show */
    static Run forked(Path workingDirectory, List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        return forked(workingDirectory, jvmOptions, Map.of(), args);
    }

    /** Runs the command in this JVM, through {@link Main#run}, as the tests that need no fresh process do. */
    static Run inProcess(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }

    private static Run forked(Path workingDirectory, List<String> jvmOptions, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // As the preflight script starts it: the same options (C1 only, the stack), then the test's own.
        command.addAll(JvmOptions.get());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        Path out = Files.createTempFile(workingDirectory, "out", ".txt");
        Path err = Files.createTempFile(workingDirectory, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("preflight " + String.join(" ", args) + " did not finish in 120 s");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
