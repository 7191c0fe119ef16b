package dev.preflight.runner.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The job processes running now, so that a runner stopped by SIGINT or SIGTERM kills each one's whole tree, and
 * starts no new one once it is stopping.
 */
final class Processes {

    private final Set<Process> running = new LinkedHashSet<>();
    private boolean stopping;

    /** @throws IOException when the program cannot start, or the runner is stopping */
    synchronized Process start(ProcessBuilder builder) throws IOException {
        if (stopping) {
            throw new IOException("the runner is stopping");
        }
        Process process = builder.start();
        running.add(process);
        return process;
    }

    synchronized void finished(Process process) {
        running.remove(process);
    }

    synchronized boolean stopping() {
        return stopping;
    }

    /** Stops starting processes and kills every running one's tree. */
    void stop() {
        List<Process> victims;
        synchronized (this) {
            stopping = true;
            victims = new ArrayList<>(running);
        }
        victims.parallelStream().forEach(p -> ProcessTree.kill(p.toHandle()));
    }
}
