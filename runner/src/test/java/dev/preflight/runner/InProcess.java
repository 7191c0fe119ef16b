package dev.preflight.runner;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the {@code preflight} command in this JVM (fast, for many cases) and captures what it printed. */
final class InProcess {

    /** What one run printed and returned. */
    record Result(int exitCode, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private InProcess() {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }
}
