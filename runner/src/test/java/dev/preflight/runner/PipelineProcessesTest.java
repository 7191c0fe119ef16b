package dev.preflight.runner;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.preflight.runner.PipelineFiles.job;
import static dev.preflight.runner.PipelineFiles.shJob;
import static dev.preflight.runner.PipelineFiles.state;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runner and real processes: a timeout kills a job's whole tree; SIGTERM stops the runner, kills its jobs' trees
 * and keeps the record; a runner killed with SIGKILL is resumed, skipping what it had completed.
 */
class PipelineProcessesTest {

    @TempDir
    Path dir;

    private final List<Process> started = new ArrayList<>();

    /** A job that leaves a grandchild behind and waits for it: the grandchild's pid lands in {@code NAME.pid}. */
    private static String grandchild(String name) {
        return "sleep 30 & echo $! > " + name + ".pid; wait";
    }

    @Test
    void should_kill_the_whole_process_tree_of_a_job_past_its_timeout() throws Exception {
        Path pipeline = PipelineFiles.write(dir, "hang", "jobs:", shJob("a", "", grandchild("a")), "    timeout: 1s", shJob("b", "a", "touch b.ran"));
        Path runs = dir.resolve("run");

        Cli.Run run = Cli.inProcess("run", pipeline.toString(), "--run-dir", runs.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(4);
        assertThat(alive(pid(dir.resolve("a.pid")))).as("the grandchild sleep after the timeout").isFalse();
        JsonNode record = PipelineFiles.record(runs);
        assertThat(state(record, "a")).isEqualTo("timed_out");
        assertThat(state(record, "b")).isEqualTo("skipped");
        assertThat(run.out()).contains("hang.yaml:5:5: job 'a': ran past its timeout of 1s; its process tree was killed");
    }

    @Test
    void should_retry_a_failing_job_and_record_each_attempt() throws Exception {
        Path pipeline = PipelineFiles.write(dir, "retry", "jobs:", shJob("a", "", "echo x >> tries; test $(wc -l < tries) -ge 2"), "    retries: 2");
        Path runs = dir.resolve("run");

        Cli.Run run = Cli.inProcess("run", pipeline.toString(), "--run-dir", runs.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        JsonNode attempts = job(PipelineFiles.record(runs), "a").path("attempts");
        assertThat(attempts).hasSize(2);
        assertThat(attempts.get(0).path("exit_code").asInt()).isEqualTo(1);
        assertThat(attempts.get(1).path("end").asText()).isEqualTo("succeeded");
    }

    @Test
    void should_stop_on_sigterm_kill_the_jobs_trees_and_keep_the_record() throws Exception {
        Path pipeline = PipelineFiles.write(dir, "stopped", "jobs:", shJob("a", "", "touch a.ran"), shJob("b", "a", grandchild("b")),
                shJob("c", "b", "touch c.ran"));
        Path runs = dir.resolve("run");
        Process runner = start("run", pipeline.toString(), "--run-dir", runs.toString());
        awaitFile(dir.resolve("b.pid"), runner);

        runner.destroy();

        assertThat(runner.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(runner.exitValue()).as("exit code after SIGTERM").isNotZero();
        assertThat(alive(pid(dir.resolve("b.pid")))).as("job b's grandchild after SIGTERM").isFalse();
        JsonNode record = PipelineFiles.record(runs);
        assertThat(record.path("state").asText()).isEqualTo("interrupted");
        assertThat(state(record, "a")).isEqualTo("succeeded");
        assertThat(state(record, "b")).isEqualTo("interrupted");
        assertThat(state(record, "c")).isEqualTo("interrupted");
        assertThat(dir.resolve("c.ran")).doesNotExist();
    }

    @Test
    void should_resume_a_run_killed_halfway_skipping_the_jobs_it_completed() throws Exception {
        // b hangs on its first run only: the runner is killed while it runs, and the resumed run completes it.
        String b = "echo x >> b.count; if [ $(wc -l < b.count) -lt 2 ]; then " + grandchild("b") + "; fi";
        Path pipeline = PipelineFiles.write(dir, "resumed", "jobs:", shJob("a", "", "echo x >> a.count"), shJob("b", "a", b),
                shJob("c", "b", "echo x >> c.count"));
        Path runs = dir.resolve("run");
        Process runner = start("run", pipeline.toString(), "--run-dir", runs.toString());
        awaitFile(dir.resolve("b.pid"), runner);

        runner.destroyForcibly();
        assertThat(runner.waitFor(30, TimeUnit.SECONDS)).isTrue();
        ProcessHandle.of(pid(dir.resolve("b.pid"))).ifPresent(ProcessHandle::destroyForcibly);
        JsonNode killed = PipelineFiles.record(runs);
        assertThat(state(killed, "a")).isEqualTo("succeeded");
        assertThat(state(killed, "b")).isEqualTo("running");

        Cli.Run resumed = Cli.inProcess("run", pipeline.toString(), "--resume", runs.toString());

        assertThat(resumed.exitCode()).as(resumed.all()).isZero();
        JsonNode record = PipelineFiles.record(runs);
        assertThat(state(record, "a")).isEqualTo("resumed");
        assertThat(state(record, "b")).isEqualTo("succeeded");
        assertThat(state(record, "c")).isEqualTo("succeeded");
        assertThat(Files.readAllLines(dir.resolve("a.count"))).hasSize(1);
        assertThat(Files.readAllLines(dir.resolve("b.count"))).hasSize(2);
        assertThat(record.path("resumed_from").asText()).isEqualTo(runs.toAbsolutePath().normalize().toString());
    }

    @Test
    void should_run_a_completed_job_again_when_its_window_changed() throws Exception {
        Path pipeline = PipelineFiles.write(dir, "window", "jobs:", shJob("a", "", "echo x >> a.count"));
        Path runs = dir.resolve("run");
        assertThat(Cli.inProcess("run", pipeline.toString(), "--run-dir", runs.toString()).exitCode()).isZero();

        Cli.Run resumed = Cli.inProcess("run", pipeline.toString(), "--resume", runs.toString(), "--end-date", "2024-01-10");

        assertThat(resumed.exitCode()).as(resumed.all()).isZero();
        assertThat(state(PipelineFiles.record(runs), "a")).isEqualTo("succeeded");
        assertThat(Files.readAllLines(dir.resolve("a.count"))).hasSize(2);
    }

    @AfterEach
    void stopLeftovers() {
        started.forEach(p -> {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        });
    }

    private Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("runner.out").toFile()).start();
        started.add(process);
        return process;
    }

    /** Polls for a file a job writes; fails with the runner's output when the runner ends first or 60 s pass. */
    private void awaitFile(Path file, Process runner) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!(Files.isRegularFile(file) && Files.size(file) > 0)) {
            if (!runner.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError(file + " never appeared; the runner printed:\n" + Files.readString(dir.resolve("runner.out")));
            }
            Thread.sleep(50);
        }
    }

    private static long pid(Path file) throws IOException {
        return Long.parseLong(Files.readString(file).trim());
    }

    /** Whether the process lives; a zombie (exited, not yet reaped) counts as gone. */
    private static boolean alive(long pid) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && !zombie(pid)) {
                Thread.sleep(50);
                continue;
            }
            return false;
        }
        return true;
    }

    private static boolean zombie(long pid) throws IOException {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        return !Files.exists(stat) || Files.readString(stat).replaceFirst("^.*\\) ", "").startsWith("Z");
    }
}
