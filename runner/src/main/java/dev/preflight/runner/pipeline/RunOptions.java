package dev.preflight.runner.pipeline;

import java.nio.file.Path;
import java.util.List;

/**
 * How to run a pipeline file.
 *
 * @param maxParallel how many jobs may run at once
 * @param runDirectory where the logs, the gates' results and the run record go
 * @param resume the run folder whose completed jobs are skipped, or {@code null}
 * @param skip whether closed pre-flight gates are run past, and why
 * @param self the argv prefix that runs this same command ({@code ${preflight}})
 */
public record RunOptions(int maxParallel, Path runDirectory, Path resume, SkipPreflight skip, List<String> self) {

    public RunOptions {
        self = List.copyOf(self);
    }
}
