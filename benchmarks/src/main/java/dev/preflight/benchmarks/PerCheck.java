package dev.preflight.benchmarks;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Runs the benchmarks with JMH's own command-line options ({@code java -cp benchmarks.jar
 * dev.preflight.benchmarks.PerCheck -f 1 -wi 3 -i 5}) and prints, after JMH's table, the scores divided by the
 * number of checks: time per check, as a Markdown table.
 */
public final class PerCheck {

    /** One benchmark at one size: the time of a dataset's checks and of one check, with JMH's 99.9% error. */
    public record Row(String benchmark, String shape, int checks, double perDataset, double perCheck, double error, String unit) {
    }

    private PerCheck() {
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        Options options = new CommandLineOptions(args);
        System.out.println(table(rows(new Runner(options).run())));
    }

    /** {@return the rows of JMH's results, per check, by benchmark, shape and size} */
    public static List<Row> rows(Collection<RunResult> results) {
        List<Row> rows = new ArrayList<>();
        for (RunResult run : results) {
            int checks = Integer.parseInt(run.getParams().getParam("checks"));
            String benchmark = run.getParams().getBenchmark();
            Result<?> score = run.getPrimaryResult();
            double error = Double.isNaN(score.getScoreError()) ? 0 : score.getScoreError();
            rows.add(new Row(benchmark.substring(benchmark.lastIndexOf('.') + 1), run.getParams().getParam("shape"), checks,
                    score.getScore(), score.getScore() / checks, error / checks, score.getScoreUnit()));
        }
        rows.sort(Comparator.comparing(Row::benchmark).thenComparing(Row::shape).thenComparingInt(Row::checks));
        return rows;
    }

    /** {@return the rows as a Markdown table} */
    public static String table(List<Row> rows) {
        StringBuilder out = new StringBuilder("| benchmark | suite | checks | per dataset | per check (± 99.9% error) |\n| --- | --- | ---: | ---: | ---: |\n");
        for (Row row : rows) {
            String unit = row.unit().replace("/op", "");
            out.append(String.format(Locale.ROOT, "| %s | %s | %,d | %s %s | %s ± %s %s |%n", row.benchmark(), row.shape(), row.checks(),
                    number(row.perDataset()), unit, number(row.perCheck()), number(row.error()), unit));
        }
        return out.toString();
    }

    /** Three significant digits. */
    private static String number(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.3g", value);
    }
}
