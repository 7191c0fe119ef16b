package dev.preflight.runner.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs one attempt of a job's command: no shell, standard output and error appended to the job's log, killed with
 * its whole process tree when it runs past its timeout or the runner is stopped.
 */
final class JobProcess {

    /** Signals a process can die of: Java reports such a death as exit code 128 + the signal's number. */
    private static final List<String> SIGNALS = List.of("", "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGBUS",
            "SIGFPE", "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM");

    private final Processes running;

    /** @param running where the started process is registered while it runs, so a stopping runner can kill it */
    JobProcess(Processes running) {
        this.running = running;
    }

    Attempt run(List<String> argv, Map<String, String> env, Path workdir, Path log, Optional<Duration> timeout) throws InterruptedException {
        Instant started = Instant.now();
        ProcessBuilder builder = new ProcessBuilder(argv).directory(workdir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        Process process;
        try {
            header(log, "$ " + String.join(" ", argv));
            process = running.start(builder);
        } catch (IOException e) {
            String message = "cannot start " + argv.get(0) + ": " + reason(e);
            header(log, message);
            return new Attempt(started, Instant.now(), null, Attempt.End.COULD_NOT_START, message);
        }
        try {
            boolean finished = timeout.isPresent() ? process.waitFor(timeout.get().toMillis(), TimeUnit.MILLISECONDS) : waitFor(process);
            if (!finished) {
                ProcessTree.kill(process.toHandle());
                process.waitFor();
                String message = "ran past its timeout of " + format(timeout.get()) + "; its process tree was killed";
                header(log, message);
                return new Attempt(started, Instant.now(), null, Attempt.End.TIMED_OUT, message);
            }
            if (running.stopping()) {
                return new Attempt(started, Instant.now(), null, Attempt.End.INTERRUPTED, "stopped with the runner; its process tree was killed");
            }
            int exit = process.exitValue();
            if (exit == 0) {
                return new Attempt(started, Instant.now(), 0, Attempt.End.SUCCEEDED, "");
            }
            if (exit > 128 && exit - 128 < SIGNALS.size()) {
                return new Attempt(started, Instant.now(), exit, Attempt.End.KILLED,
                        "was killed by signal " + (exit - 128) + " (" + SIGNALS.get(exit - 128) + ", exit code " + exit + ")");
            }
            return new Attempt(started, Instant.now(), exit, Attempt.End.FAILED, "exited with code " + exit);
        } finally {
            running.finished(process);
        }
    }

    private static boolean waitFor(Process process) throws InterruptedException {
        process.waitFor();
        return true;
    }

    /** Lines the runner adds to the log, so a reader sees which command each attempt ran and how it ended. */
    private static void header(Path log, String line) {
        try {
            Files.writeString(log, "[preflight] " + line + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // The log is for people; a full disk shows in the run record's end state, not here.
        }
    }

    /** {@return the duration as a pipeline file writes it: 500ms, 90s, 10m, 1h30m} */
    static String format(Duration duration) {
        if (duration.toMillisPart() != 0) {
            return duration.toMillis() + "ms";
        }
        StringBuilder text = new StringBuilder();
        if (duration.toHours() > 0) {
            text.append(duration.toHours()).append('h');
        }
        if (duration.toMinutesPart() > 0) {
            text.append(duration.toMinutesPart()).append('m');
        }
        if (duration.toSecondsPart() > 0) {
            text.append(duration.toSecondsPart()).append('s');
        }
        return text.toString();
    }

    /** Java's text is "Cannot run program "x" (in directory "…"): error=2, No such file or directory"; keep the cause. */
    static String reason(IOException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        return message.replaceFirst("^error=\\d+, ", "");
    }
}
