package dev.preflight.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The Allure 2 command line from Maven Central (io.qameta.allure:allure-commandline zip), unpacked by the build
 * into runner/target/allure. It is started as {@code java -cp lib/* io.qameta.allure.CommandLine}, with this JVM's
 * java and without its shell script, so neither JAVA_HOME nor file modes lost in unpacking matter.
 *
 * @param home the unpacked folder holding bin/, lib/, config/ and plugins/
 */
public record AllureCommandLine(Path home) {

    /** Generation is seconds; this only stops a wedged process from hanging the command. */
    private static final long TIMEOUT_MINUTES = 10;

    /** {@return the first candidate that holds the command line's jar} */
    public static Optional<AllureCommandLine> find(List<Path> candidates) {
        return candidates.stream().filter(AllureCommandLine::holdsCommandLine).findFirst().map(p -> new AllureCommandLine(p.toAbsolutePath()));
    }

    static boolean holdsCommandLine(Path home) {
        Path lib = home.resolve("lib");
        if (!Files.isDirectory(lib)) {
            return false;
        }
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(lib, "allure-commandline-*.jar")) {
            return jars.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Runs {@code allure generate} with analytics off (Allure otherwise posts to an analytics service and waits
     * for it), into {@code output}, which it replaces.
     *
     * @throws ReportException when Allure fails; the message holds the end of its output
     */
    public void generate(List<Path> results, Path output, boolean singleFile) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", home.resolve("lib") + "/*" + java.io.File.pathSeparator + home.resolve("lib").resolve("config"),
                "io.qameta.allure.CommandLine", "generate"));
        results.forEach(r -> command.add(r.toString()));
        command.addAll(List.of("-o", output.toString(), "--clean"));
        if (singleFile) {
            command.add("--single-file");
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("APP_HOME", home.toString());
        builder.environment().put("ALLURE_NO_ANALYTICS", "1");
        try {
            Path log = Files.createTempFile("allure-generate", ".log");
            try {
                Process process = builder.redirectOutput(log.toFile()).start();
                process.getOutputStream().close();
                if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new ReportException("allure generate did not finish in " + TIMEOUT_MINUTES + " minutes");
                }
                String printed = Files.readString(log, StandardCharsets.UTF_8);
                if (process.exitValue() != 0 || !Files.isRegularFile(output.resolve("index.html"))) {
                    throw new ReportException("allure generate failed (exit " + process.exitValue() + "): " + tail(printed));
                }
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new ReportException("cannot run the Allure command line in " + home + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReportException("interrupted while Allure generated the report");
        }
    }

    private static String tail(String text) {
        List<String> lines = text.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    }
}
