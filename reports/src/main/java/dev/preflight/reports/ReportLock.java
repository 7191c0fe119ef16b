package dev.preflight.reports;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One {@code preflight report} at a time per output folder: two runs into one folder used to share a staging
 * folder (doubling the test cases), both read the same trend (both claiming build 1) and both wrote the Allure
 * folder at once. A file lock serialises processes; a lock per folder serialises threads of one JVM, which a file
 * lock cannot (the JVM holds it for all of them).
 */
final class ReportLock implements AutoCloseable {

    static final String FILE = ".preflight-report.lock";
    private static final long WAIT_MINUTES = 15;
    private static final Map<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

    private final ReentrantLock local;
    private final FileChannel channel;
    private final FileLock lock;

    private ReportLock(ReentrantLock local, FileChannel channel, FileLock lock) {
        this.local = local;
        this.channel = channel;
        this.lock = lock;
    }

    /** Waits for any other report into {@code folder} to finish, then holds the folder until {@link #close()}. */
    static ReportLock acquire(Path folder) {
        Path file = folder.toAbsolutePath().normalize().resolve(FILE);
        ReentrantLock local = IN_THIS_JVM.computeIfAbsent(file, f -> new ReentrantLock());
        try {
            if (!local.tryLock(WAIT_MINUTES, TimeUnit.MINUTES)) {
                throw new ReportException("another report into " + folder + " did not finish in " + WAIT_MINUTES + " minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReportException("interrupted while waiting for another report into " + folder);
        }
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                return new ReportLock(local, channel, channel.lock());
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException e) {
            local.unlock();
            throw new ReportException("cannot lock " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // Closing the channel releases the lock whatever happened; nothing is left to undo.
        } finally {
            local.unlock();
        }
    }
}
