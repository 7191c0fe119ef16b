package dev.preflight.runner.gate;

import dev.preflight.reports.AtomicFile;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;

/**
 * A command's {@code --output FILE}: checked before the run (so a bad path costs no warehouse time), never one of the
 * run's inputs, written whole or not at all. {@code --output nba.duckdb} used to replace the warehouse with 2 KB of
 * JSON, and {@code --output} on the suite overwrote the suite.
 *
 * @param path the file as given
 */
public record OutputFile(Path path) {

    /** The bytes at offset 8 of every DuckDB database file. */
    private static final byte[] DUCKDB_MAGIC = "DUCK".getBytes(StandardCharsets.US_ASCII);

    /**
     * @param suites the {@code --suite} arguments (files, directories, {@code classpath:} names)
     * @param warehouse the {@code --warehouse} path, or {@code null}
     * @throws UsageException when the file is a directory, clashes with an input, or cannot be written
     */
    public void check(Collection<String> suites, String warehouse) {
        if (Files.isDirectory(path)) {
            throw new UsageException("--output " + path + " is a directory; name a file");
        }
        if (warehouse != null && same(Path.of(warehouse))) {
            throw new UsageException("--output " + path + " is the warehouse (--warehouse " + warehouse + "); name another file");
        }
        for (String suite : suites) {
            Optional<Path> file = local(suite);
            if (file.isPresent() && (same(file.get()) || Files.isDirectory(file.get()) && inside(file.get()) && yaml())) {
                throw new UsageException("--output " + path + (same(file.get()) ? " is the suite file" : " is a YAML file in the suite directory")
                        + " --suite " + suite + "; name a file elsewhere");
            }
        }
        if (isDuckDb(path)) {
            throw new UsageException("--output " + path + " is a DuckDB database (the suite's warehouse?); name another file");
        }
        Path parent = path.toAbsolutePath().getParent();
        for (Path folder = parent; folder != null; folder = folder.getParent()) {
            if (Files.exists(folder)) {
                if (!Files.isDirectory(folder)) {
                    throw new UsageException("--output " + path + ": " + folder + " is a file, not a directory");
                }
                if (!Files.isWritable(folder)) {
                    throw new UsageException("--output " + path + ": directory " + folder + " is not writable");
                }
                break;
            }
        }
        if (Files.exists(path) && !Files.isWritable(path)) {
            throw new UsageException("--output " + path + " is not writable");
        }
    }

    /** Refuses the suite files the run actually read (a directory's files are known only once it ran). */
    public void checkNotAmong(Collection<String> suiteUris) {
        for (String uri : suiteUris) {
            if (uri.startsWith("file:") && same(Path.of(URI.create(uri)))) {
                throw new UsageException("--output " + path + " is the suite file " + uri + "; name another file");
            }
        }
    }

    /** Writes through a temporary file beside the target, creating missing folders. */
    public void write(String text) {
        try {
            AtomicFile.write(path, text);
        } catch (IOException e) {
            throw new UsageException("cannot write --output " + path + ": " + e.getMessage());
        }
    }

    private boolean same(Path other) {
        Path mine = path.toAbsolutePath().normalize();
        Path theirs = other.toAbsolutePath().normalize();
        try {
            return mine.equals(theirs) || Files.exists(mine) && Files.exists(theirs) && Files.isSameFile(mine, theirs);
        } catch (IOException e) {
            return false;
        }
    }

    private boolean yaml() {
        String name = path.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private boolean inside(Path directory) {
        return path.toAbsolutePath().normalize().startsWith(directory.toAbsolutePath().normalize());
    }

    private static Optional<Path> local(String suite) {
        if (suite.startsWith("classpath:")) {
            return Optional.empty();
        }
        try {
            return Optional.of(suite.startsWith("file:") ? Path.of(URI.create(suite)) : Path.of(suite));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    static boolean isDuckDb(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(12);
            return head.length == 12 && Arrays.equals(Arrays.copyOfRange(head, 8, 12), DUCKDB_MAGIC);
        } catch (IOException e) {
            return false;
        }
    }
}
