package dev.preflight.runner.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Repeated measurements of one thing: median and range.
 *
 * @param values the measurements, in the order taken
 */
public record Stats(List<Double> values) {

    public Stats {
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no measurement");
        }
    }

    public double median() {
        double[] sorted = sorted();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public double min() {
        return sorted()[0];
    }

    public double max() {
        double[] sorted = sorted();
        return sorted[sorted.length - 1];
    }

    /** {@return e.g. "1.23 (1.10–1.40)" with {@code format} for each number} */
    public String describe(String format) {
        return String.format(Locale.ROOT, format, median()) + " (" + String.format(Locale.ROOT, format, min()) + "–"
                + String.format(Locale.ROOT, format, max()) + ")";
    }

    /** {@return the pairwise ratios of two series measured in the same rounds} */
    public static Stats ratios(Stats numerator, Stats denominator) {
        int n = Math.min(numerator.values.size(), denominator.values.size());
        Double[] ratios = new Double[n];
        for (int i = 0; i < n; i++) {
            ratios[i] = numerator.values.get(i) / denominator.values.get(i);
        }
        return new Stats(Arrays.asList(ratios));
    }

    private double[] sorted() {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }
}
