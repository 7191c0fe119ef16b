package dev.preflight.runner.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a child JVM and measures it from outside: wall time, and when {@code /usr/bin/time} is present the peak
 * resident set (the JVM and DuckDB's native memory); the child's peak heap comes from the file {@link #HEAP_REPORT}
 * names, written by {@link #reportHeapAtExit()}.
 */
public final class ProcessProbe {

    /** The system property naming the file a JVM writes its peak heap to when it exits. */
    public static final String HEAP_REPORT = "preflight.heap-report";
    private static final Path TIME = Path.of("/usr/bin/time");

    /**
     * One run of a child process.
     *
     * @param millis wall time
     * @param rssKb peak resident set in KB, or -1 without {@code /usr/bin/time}
     * @param heapBytes peak heap in bytes, or -1 when the child did not report it
     * @param exit the exit code
     * @param stdout what it printed
     */
    public record Sample(double millis, long rssKb, long heapBytes, int exit, String stdout) {
    }

    private ProcessProbe() {
    }

    /** {@return the command that starts a JVM on this JVM's class path: {@code java [options] -cp CLASSPATH} } */
    public static List<String> java(String... options) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(options));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        return command;
    }

    /** {@return whether this JVM's class path holds only jar files}: the JVM records class-data sharing archives only then */
    public static boolean classPathOfJars() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .allMatch(entry -> Files.isRegularFile(Path.of(entry)));
    }

    /** Runs {@code command} (a {@link #java} command with the main class and arguments appended) and measures it. */
    public static Sample run(List<String> command, Path scratch) throws IOException, InterruptedException {
        Files.createDirectories(scratch);
        Path heap = Files.createTempFile(scratch, "heap", ".txt");
        Path time = Files.createTempFile(scratch, "time", ".txt");
        Path out = Files.createTempFile(scratch, "out", ".txt");
        try {
            List<String> full = new ArrayList<>();
            boolean timed = Files.isExecutable(TIME);
            if (timed) {
                full.addAll(List.of(TIME.toString(), "-f", "%M", "-o", time.toString()));
            }
            full.add(command.get(0));
            full.add("-D" + HEAP_REPORT + "=" + heap);
            full.addAll(command.subList(1, command.size()));
            long started = System.nanoTime();
            Process process = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            int exit = process.waitFor();
            double millis = (System.nanoTime() - started) / 1e6;
            long rss = timed ? parseLast(Files.readString(time)) : -1;
            String heapText = Files.readString(heap).trim();
            return new Sample(millis, rss, heapText.isEmpty() ? -1 : Long.parseLong(heapText), exit, Files.readString(out));
        } finally {
            Files.deleteIfExists(heap);
            Files.deleteIfExists(time);
            Files.deleteIfExists(out);
        }
    }

    private static long parseLast(String text) {
        String[] lines = text.trim().split("\n");
        try {
            return Long.parseLong(lines[lines.length - 1].trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * When this JVM was started with {@code -D}{@value #HEAP_REPORT}{@code =FILE}, writes the sum of the heap pools'
     * peak usage to FILE at exit: an upper bound of the peak heap (the pools peak at different moments).
     */
    public static void reportHeapAtExit() {
        String file = System.getProperty(HEAP_REPORT);
        if (file == null || file.isBlank()) {
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            try {
                Files.writeString(Path.of(file), Long.toString(peak));
            } catch (IOException e) {
                // The measurement is lost, never the run: the benchmark shows a missing figure.
            }
        }, "preflight-heap-report"));
    }
}
