package dev.preflight.runner.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Stops a process and everything it started. The descendants are listed before anything is killed: once a parent
 * dies its children are re-parented and no longer show as its descendants, so a shell's {@code sleep} would live on.
 */
final class ProcessTree {

    /** How long the tree has to exit after SIGTERM before it gets SIGKILL. */
    static final Duration GRACE = Duration.ofSeconds(2);

    private ProcessTree() {
    }

    /** Sends SIGTERM to the process and its descendants, then SIGKILL to whatever is still alive after {@link #GRACE}. */
    static void kill(ProcessHandle root) {
        List<ProcessHandle> tree = new ArrayList<>(root.descendants().toList());
        tree.add(0, root);
        tree.forEach(ProcessHandle::destroy);
        CompletableFuture<?>[] exits = tree.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // Some ignored SIGTERM: they get SIGKILL below.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (ProcessHandle process : tree) {
            // A process started since the listing (a child forked during the grace) is caught by a second listing.
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
