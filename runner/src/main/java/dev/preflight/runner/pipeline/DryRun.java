package dev.preflight.runner.pipeline;

import dev.preflight.source.ShellArguments;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/** {@code preflight run PIPELINE --dry-run}: the groups, the order and every command with its dates, nothing run. */
public final class DryRun {

    private DryRun() {
    }

    public static void print(Pipeline pipeline, List<String> self, PrintWriter out) {
        // The command's own argv prefix is long (java, its class path): shown once, and as "preflight" in commands.
        Placeholders placeholders = Placeholders.of(pipeline.parameters(), List.of(Placeholders.PREFLIGHT));
        out.println("pipeline " + pipeline.name() + " (" + pipeline.file() + "), window " + placeholders.values().get("start_date")
                + ".." + placeholders.values().get("end_date") + "; dry run: nothing runs");
        if (pipeline.jobs().stream().anyMatch(j -> j.run().get(0).trim().equals("${" + Placeholders.PREFLIGHT + "}"))) {
            out.println("  (preflight stands for " + String.join(" ", self) + ")");
        }
        pipeline.preflight().forEach(g -> out.println("  pre-flight gate " + gate(g, placeholders)));
        List<List<String>> groups = pipeline.dag().groups();
        for (int i = 0; i < groups.size(); i++) {
            out.println("group " + (i + 1) + ": " + String.join(", ", groups.get(i)));
            for (String id : groups.get(i)) {
                JobSpec job = pipeline.job(id);
                out.println("  " + id + (job.needs().isEmpty() ? "" : " (needs " + String.join(", ", job.needs()) + ")")
                        + job.timeout().map(t -> ", timeout " + JobProcess.format(t)).orElse("")
                        + (job.retries() > 0 ? ", retries " + job.retries() : ""));
                job.preflight().forEach(g -> out.println("    pre-flight gate " + gate(g, placeholders)));
                out.println("    $ " + placeholders.argv(job.run()).stream().map(ShellArguments::quoted).collect(Collectors.joining(" ")));
                job.env().forEach((k, v) -> out.println("    env " + k + "=" + placeholders.text(v)));
                job.postflight().forEach(g -> out.println("    post-flight gate " + gate(g, placeholders)));
            }
        }
        out.println("order: " + String.join(" → ", pipeline.dag().order()));
        out.flush();
    }

    private static String gate(GateSpec gate, Placeholders placeholders) {
        String tags = gate.tags().isEmpty() ? "" : " --tag " + String.join(" --tag ", gate.tags());
        String params = gate.params().entrySet().stream().map(e -> " --param " + e.getKey() + "=" + placeholders.text(e.getValue()))
                .collect(Collectors.joining());
        return placeholders.text(gate.suite()) + tags + params;
    }
}
