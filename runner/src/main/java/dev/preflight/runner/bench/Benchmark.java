package dev.preflight.runner.bench;

import dev.preflight.check.CheckTypes;
import dev.preflight.duckdb.DuckDbDialect;
import dev.preflight.duckdb.DuckDbWarehouse;
import dev.preflight.execution.DatasetScanner;
import dev.preflight.metric.Metric;
import dev.preflight.plan.DatasetPlan;
import dev.preflight.plan.Scan;
import dev.preflight.plan.ScanPlanner;
import dev.preflight.source.SourceLocation;
import dev.preflight.sql.SqlDialect;
import dev.preflight.suite.CheckDefinition;
import dev.preflight.suite.Dataset;
import dev.preflight.suite.Suite;
import dev.preflight.suite.SuiteParser;
import dev.preflight.warehouse.Warehouse;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The whole benchmark, in one session so that every ratio compares runs taken minutes apart under the same load:
 * each round runs every contestant once, and the order of the contestants rotates from round to round.
 */
public final class Benchmark {

    /**
     * What to measure.
     *
     * @param dir where the data, suites and scratch files go
     * @param rows the sizes of the main comparison (e.g. 1M, 10M)
     * @param checks the check counts of the one-dataset suites (e.g. 1, 20, 100, 1,000, 10,000)
     * @param sweepRows the rows of the file the check sweep and the many-dataset suites read
     * @param datasets the number of datasets × 10 checks of the many-dataset shape
     * @param parallelDatasets the number of datasets × 10 checks scanned one after another and two at once
     * @param repeat the rounds
     * @param maxHeap the -Xmx of every gate process, e.g. 512m (target 3)
     * @param gate the command line in this JVM: arguments in, exit code out (output discarded)
     * @param mainClass the command line's main class, started in a process of its own for the gate process (passed in:
     *                  this package sits below the command's)
     * @param jvmOptions the gate process's JVM options, those the {@code preflight} script gives it (passed in, too)
     */
    public record Config(Path dir, List<Long> rows, List<Integer> checks, long sweepRows, int datasets, int parallelDatasets,
                         int repeat, String maxHeap, java.util.function.ToIntFunction<String[]> gate, String mainClass,
                         List<String> jvmOptions) {
        public Config {
            rows = List.copyOf(rows);
            checks = List.copyOf(checks);
            jvmOptions = List.copyOf(jvmOptions);
        }
    }

    /**
     * Every series measured, by name, the process samples' memory, and target 5 on BigQuery as modelled
     * ({@link BigQueryCost}) per size of the main comparison.
     */
    public record Results(Config config, Map<String, Stats> series, Map<String, Long> peakRssKb, Map<String, Long> peakHeapBytes,
                          Map<String, String> notes, Map<Long, BigQueryCost.Figures> bigQuery) {
    }

    private final Config config;
    private final PrintWriter out;
    private final Map<String, List<Double>> series = new LinkedHashMap<>();
    private final Map<String, Long> rss = new LinkedHashMap<>();
    private final Map<String, Long> heap = new LinkedHashMap<>();
    private final Map<String, String> notes = new LinkedHashMap<>();
    private final Map<Long, BigQueryCost.Figures> bigQuery = new LinkedHashMap<>();

    public Benchmark(Config config, PrintWriter out) {
        this.config = config;
        this.out = out;
    }

    public Results run() throws Exception {
        Path scratch = config.dir().resolve("scratch");
        if (Files.isDirectory(scratch)) {
            // Every archive withArchive records: an earlier build's would be refused without a word.
            try (var archives = Files.newDirectoryStream(scratch, "*.jsa")) {
                for (Path archive : archives) {
                    Files.delete(archive);
                }
            }
        }
        notes.put("load before", load());
        notes.put("gate process JVM options", "`" + String.join(" ", config.jvmOptions()) + " -Xmx" + config.maxHeap()
                + "` (the `preflight` script's, runner/src/main/resources/dev/preflight/runner/jvm.options); the hand-written process runs with the JVM's defaults");
        for (long rows : config.rows()) {
            compareAt(rows, scratch);
        }
        sweep(scratch);
        notes.put("load after", load());
        Map<String, Stats> stats = new LinkedHashMap<>();
        series.forEach((name, values) -> stats.put(name, new Stats(values)));
        return new Results(config, stats, rss, heap, notes, bigQuery);
    }

    /** The comparison at one size: processes and in-process statements, alternating. */
    private void compareAt(long rows, Path scratch) throws Exception {
        long started = System.nanoTime();
        Path parquet = BenchData.parquet(config.dir(), rows);
        Path warehouse = BenchData.warehouse(config.dir(), parquet);
        out.printf(Locale.ROOT, "%,d rows: data ready in %.1f s (%s, %d MB)%n", rows, (System.nanoTime() - started) / 1e9, parquet,
                Files.size(parquet) >> 20);
        Path suiteFile = BenchSuites.standard(config.dir().resolve("suites-" + rows), warehouse);
        Suite suite = parse(suiteFile);
        Scan fused = fusedScan(suite, DuckDbDialect.INSTANCE);
        List<Scan> perCheck = scanPerCheck(suite, DuckDbDialect.INSTANCE);
        int metrics = suite.datasets().get(0).checks().stream().mapToInt(check -> metricsOf(check).size()).sum();
        String at = label(rows);
        BigQueryCost.Figures cost = BigQueryCost.measure(suite, parquet, rows);
        bigQuery.put(rows, cost);
        out.printf(Locale.ROOT, "  BigQuery billing model, %s: fused %,d B processed (%,d billed) in %d statement(s); one per check %,d B (%,d billed) in %d;"
                + " fused ÷ per check %.3f processed, %.3f billed%n", at, cost.fusedProcessed(), cost.fusedBilled(), cost.fused().size(),
                cost.perCheckProcessed(), cost.perCheckBilled(), cost.perCheck().size(), cost.processedRatio(), cost.billedRatio());
        Map<String, Callable<Double>> contestants = new LinkedHashMap<>();
        contestants.put("hand-written process " + at, () -> process("hand-written process " + at,
                command("dev.preflight.runner.bench.HandWritten", warehouse.toString()), scratch));
        contestants.put("gate process " + at, () -> process("gate process " + at, gate(suiteFile, 1), scratch));
        // As ./preflight starts it: with the class-data sharing archive the launcher records after a build. The floor
        // gets its own archive too, so the pair compares the programs, not the JVM's start-up options. The JVM records
        // archives only for a class path of jars (not under Maven's test class path of directories).
        if (ProcessProbe.classPathOfJars()) {
            contestants.put("hand-written process, CDS " + at, () -> process("hand-written process, CDS " + at,
                    withArchive("hand-written", command("dev.preflight.runner.bench.HandWritten", warehouse.toString()), scratch), scratch));
            contestants.put("gate process, CDS " + at, () -> process("gate process, CDS " + at,
                    withArchive("gate", gate(suiteFile, 1), scratch), scratch));
        } else {
            notes.put("class-data sharing", "not measured: the class path has directories (run the packaged jar)");
        }
        contestants.put("hand-written statement " + at, () -> timed(() -> HandWritten.run(warehouse.toString())));
        contestants.put("fused scan " + at, () -> timed(() -> scan(warehouse, List.of(fused))));
        contestants.put("one statement per check " + at, () -> timed(() -> scan(warehouse, perCheck)));
        rounds(contestants);
        notes.put("statements per check " + at, perCheck.size() + " statements for " + metrics + " metrics; fused: "
                + fused.statements().size());
    }

    /** {@return the scan the engine plans for the suite's first dataset: every check in one} */
    static Scan fusedScan(Suite suite, SqlDialect dialect) {
        Dataset dataset = suite.datasets().get(0);
        return DatasetPlan.of(suite, dataset, dataset.checks(), dialect).scan().orElseThrow();
    }

    /** {@return one scan per check of the suite's first dataset, in the suite's order: what fusing replaces} */
    static List<Scan> scanPerCheck(Suite suite, SqlDialect dialect) {
        Dataset dataset = suite.datasets().get(0);
        return dataset.checks().stream().map(check -> ScanPlanner.plan(dataset, suite.window(), metricsOf(check), dialect)).toList();
    }

    private static List<Metric> metricsOf(CheckDefinition check) {
        return DatasetPlan.specs(check).stream().flatMap(spec -> spec.metrics().stream()).toList();
    }

    /** Time and memory against the number of checks, the many-dataset shape, and parallel scans. */
    private void sweep(Path scratch) throws Exception {
        Path parquet = BenchData.parquet(config.dir(), config.sweepRows());
        int views = Math.max(config.datasets(), config.parallelDatasets());
        Path warehouse = BenchData.warehouse(config.dir(), parquet, views);
        Path suites = config.dir().resolve("suites-sweep");
        Map<String, Callable<Double>> contestants = new LinkedHashMap<>();
        for (int checks : config.checks()) {
            Path file = BenchSuites.wide(suites, warehouse, checks);
            shape(checks + " checks, 1 dataset", file, warehouse, scratch, contestants);
        }
        Path many = BenchSuites.many(suites, warehouse, config.datasets(), 10);
        shape(config.datasets() + " datasets × 10 checks", many, warehouse, scratch, contestants);
        Path parallel = BenchSuites.many(suites, warehouse, config.parallelDatasets(), 10);
        String parallelName = config.parallelDatasets() + " datasets × 10 checks";
        Map<String, String> outputs = new LinkedHashMap<>();
        for (boolean cds : ProcessProbe.classPathOfJars() ? new boolean[] {false, true} : new boolean[] {false}) {
            for (int p : new int[] {1, 2}) {
                // With CDS as ./preflight runs it: one archive, recorded by the first of the two to run, maps the same classes for both.
                String name = "gate process " + parallelName + ", parallelism " + p + (cds ? ", CDS" : "");
                contestants.put(name, () -> {
                    Path json = scratch.resolve("parallel-" + p + (cds ? "-cds" : "") + ".json");
                    List<String> command = cds ? withArchive("gate-parallel", gate(parallel, p), scratch) : gate(parallel, p);
                    command.addAll(List.of("--output", json.toString()));
                    double ms = process(name, command, scratch);
                    outputs.put(name, Files.readString(json));
                    return ms;
                });
            }
        }
        // The same in this warm JVM: the scans' own scaling, without the process's start-up, once per JVM under Surefire or an IDE.
        for (int p : new int[] {1, 2}) {
            String name = "in-process gate " + parallelName + ", parallelism " + p;
            contestants.put(name, () -> timed(() -> inProcessGate(parallel, "--warehouse-setting=parallelism=" + p)));
        }
        rounds(contestants);
        notes.put("parallel results identical", String.valueOf(outputs.size() >= 2 && outputs.values().stream().distinct().count() == 1));
    }

    /** A suite measured three ways: the gate process, the gate in this JVM, and its scans alone (the warehouse's work). */
    private void shape(String name, Path file, Path warehouse, Path scratch, Map<String, Callable<Double>> contestants) throws IOException {
        List<Scan> scans = scansOf(parse(file), warehouse);
        contestants.put("gate process " + name, () -> process("gate process " + name, gate(file, 1), scratch));
        contestants.put("in-process gate " + name, () -> timed(() -> inProcessGate(file)));
        contestants.put("warehouse " + name, () -> timed(() -> scan(warehouse, scans)));
    }

    /** Runs every contestant once per round, rotating their order each round. */
    private void rounds(Map<String, Callable<Double>> contestants) throws Exception {
        List<String> names = new ArrayList<>(contestants.keySet());
        for (int round = 0; round < config.repeat(); round++) {
            for (int k = 0; k < names.size(); k++) {
                String name = names.get((k + round) % names.size());
                double ms = contestants.get(name).call();
                series.computeIfAbsent(name, n -> new ArrayList<>()).add(ms);
                out.printf(Locale.ROOT, "  round %d  %-58s %10.1f ms%n", round + 1, name, ms);
                out.flush();
            }
        }
    }

    private double process(String name, List<String> command, Path scratch) throws IOException, InterruptedException {
        ProcessProbe.Sample sample = ProcessProbe.run(command, scratch);
        if (sample.exit() > 1) {
            throw new IllegalStateException(name + " exited " + sample.exit() + ": " + sample.stdout());
        }
        rss.merge(name, sample.rssKb(), Math::max);
        heap.merge(name, sample.heapBytes(), Math::max);
        return sample.millis();
    }

    private List<String> gate(Path suite, int parallelism) {
        List<String> options = new ArrayList<>(config.jvmOptions());
        options.add("-Xmx" + config.maxHeap());
        List<String> command = ProcessProbe.java(options.toArray(String[]::new));
        command.addAll(List.of(config.mainClass(), "gate", "--suite", suite.toString(), "--format", "json",
                "--warehouse-setting=parallelism=" + parallelism));
        return command;
    }

    /**
     * {@return {@code command} mapping the class-data sharing archive {@code name}}, recorded by running the command
     * once (untimed) the first time in this benchmark: an archive of an earlier build would be refused by the JVM
     * without a word and measure a start-up without sharing, so {@link #run} deletes the old ones first.
     */
    private List<String> withArchive(String name, List<String> command, Path scratch) throws IOException, InterruptedException {
        Path archive = scratch.resolve(name + ".jsa");
        if (!Files.exists(archive)) {
            ProcessProbe.Sample dump = ProcessProbe.run(withOption(command, "-XX:ArchiveClassesAtExit=" + archive), scratch);
            if (dump.exit() > 1 || !Files.exists(archive)) {
                throw new IllegalStateException("recording the class-data sharing archive " + archive + " failed: " + dump.stdout());
            }
        }
        return withOption(command, "-XX:SharedArchiveFile=" + archive);
    }

    private static List<String> withOption(List<String> command, String option) {
        List<String> with = new ArrayList<>(command);
        with.addAll(1, List.of(option, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        return with;
    }

    private static List<String> command(String main, String... args) {
        List<String> command = ProcessProbe.java();
        command.add(main);
        command.addAll(List.of(args));
        return command;
    }

    /** The gate in this JVM (warm), its output discarded: what the engine adds to the warehouse's work. */
    private void inProcessGate(Path suite, String... options) {
        List<String> args = new ArrayList<>(List.of("gate", "--suite", suite.toString(), "--format", "json"));
        args.addAll(List.of(options));
        int exit = config.gate().applyAsInt(args.toArray(String[]::new));
        if (exit > 1) {
            throw new IllegalStateException("the in-process gate of " + suite + " exited " + exit);
        }
    }

    private static void scan(Path warehouse, List<Scan> scans) {
        try (Warehouse duck = DuckDbWarehouse.open(warehouse.toString(), List.of(warehouse.getParent()))) {
            scans.forEach(scan -> DatasetScanner.run(scan, duck));
        }
    }

    private static List<Scan> scansOf(Suite suite, Path warehouse) {
        try (Warehouse duck = DuckDbWarehouse.open(warehouse.toString(), List.of(warehouse.getParent()))) {
            return dev.preflight.plan.SuitePlan.of(suite, duck.dialect()).datasets().stream().map(p -> p.scan().orElseThrow()).toList();
        }
    }

    static Suite parse(Path file) throws IOException {
        SuiteParser parser = new SuiteParser(CheckTypes.load(Benchmark.class.getClassLoader()));
        SuiteParser.Parsed parsed = parser.parse(Files.readString(file), new SourceLocation(file.toUri(), file.toString(), 1, 1));
        if (parsed instanceof SuiteParser.Parsed.Valid valid) {
            return valid.suite();
        }
        throw new IllegalStateException("the benchmark wrote an invalid suite " + file + ": " + parsed);
    }

    /** Work timed in this JVM. */
    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    private static double timed(Work work) throws Exception {
        long started = System.nanoTime();
        work.run();
        return (System.nanoTime() - started) / 1e6;
    }

    static String label(long rows) {
        return rows >= 1_000_000 && rows % 1_000_000 == 0 ? rows / 1_000_000 + "M rows"
                : rows >= 1_000 && rows % 1_000 == 0 ? rows / 1_000 + "k rows" : rows + " rows";
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
