package dev.preflight.runner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The JVM options of every preflight process, read from {@code jvm.options} beside this class: the {@code preflight}
 * script reads the same file from the source tree, so a process this command starts (a pipeline's
 * {@code ${preflight}}, the benchmark's gate processes) runs as the script runs it.
 */
public final class JvmOptions {

    private static final List<String> OPTIONS = read();

    private JvmOptions() {
    }

    /** {@return the options, in the file's order} */
    public static List<String> get() {
        return OPTIONS;
    }

    private static List<String> read() {
        try (InputStream in = JvmOptions.class.getResourceAsStream("jvm.options")) {
            if (in == null) {
                throw new IllegalStateException("jvm.options is missing from the class path beside " + JvmOptions.class.getName());
            }
            // As the script reads it: everything from '#' is a comment, blanks around an option do not count.
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(line -> line.replaceFirst("#.*", "").trim()).filter(line -> !line.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read jvm.options", e);
        }
    }
}
