package dev.preflight.checks.anomaly;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * How a baseline of earlier values becomes a band of normal values: a centre and a spread, times the sensitivity.
 */
enum Method {

    /**
     * Median and median absolute deviation, scaled by 1.4826 so that it estimates the standard deviation of normal
     * data (Iglewicz and Hoaglin's modified z-score). One bad day in the baseline moves neither.
     */
    MAD {
        @Override
        Band band(double[] baseline, double sensitivity, DoubleUnaryOperator samplingError) {
            double median = median(baseline);
            double[] deviations = Arrays.stream(baseline).map(v -> Math.abs(v - median)).toArray();
            return Band.around(median, 1.4826 * median(deviations), sensitivity, samplingError);
        }
    },

    /** Mean and sample standard deviation: the textbook z-score, moved by outliers in the baseline. */
    ZSCORE {
        @Override
        Band band(double[] baseline, double sensitivity, DoubleUnaryOperator samplingError) {
            double mean = Arrays.stream(baseline).average().orElse(0);
            double squares = Arrays.stream(baseline).map(v -> (v - mean) * (v - mean)).sum();
            double sd = baseline.length > 1 ? Math.sqrt(squares / (baseline.length - 1)) : 0;
            return Band.around(mean, sd, sensitivity, samplingError);
        }
    };

    /**
     * @param samplingError the date's own sampling error for a centre (a share measured on few rows is uncertain),
     *                      a floor of the spread; 0 for series without one
     */
    abstract Band band(double[] baseline, double sensitivity, DoubleUnaryOperator samplingError);

    /** The smallest spread, relative to the centre: ordinary day-to-day variation is never an anomaly. */
    static final double RELATIVE_FLOOR = 0.05;

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /**
     * The normal values: {@code centre ± sensitivity × spread}. The spread is at least three floors, each for a
     * reason: {@value #RELATIVE_FLOOR} of the centre (a series steadier than its own granularity, such as rows per
     * game between 24 and 28, would otherwise call an ordinary one-game night an anomaly; at 4 a date within 20% of
     * its baseline is never flagged), the date's sampling error (a share of 26 rows moves by 4 points with one row),
     * and 0.01 around zero.
     */
    record Band(double centre, double spread, double low, double high) {
        static Band around(double centre, double spread, double sensitivity, DoubleUnaryOperator samplingError) {
            double floor = Math.max(Math.max(Math.abs(centre) * RELATIVE_FLOOR, 0.01), samplingError.applyAsDouble(centre));
            double s = Math.max(spread, floor);
            return new Band(centre, s, centre - sensitivity * s, centre + sensitivity * s);
        }
    }
}
