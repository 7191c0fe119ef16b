package dev.preflight.checks.anomaly;

import java.util.Arrays;

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
        Band band(double[] baseline, double sensitivity) {
            double median = median(baseline);
            double[] deviations = Arrays.stream(baseline).map(v -> Math.abs(v - median)).toArray();
            return Band.around(median, 1.4826 * median(deviations), sensitivity);
        }
    },

    /** Mean and sample standard deviation: the textbook z-score, moved by outliers in the baseline. */
    ZSCORE {
        @Override
        Band band(double[] baseline, double sensitivity) {
            double mean = Arrays.stream(baseline).average().orElse(0);
            double squares = Arrays.stream(baseline).map(v -> (v - mean) * (v - mean)).sum();
            double sd = baseline.length > 1 ? Math.sqrt(squares / (baseline.length - 1)) : 0;
            return Band.around(mean, sd, sensitivity);
        }
    };

    abstract Band band(double[] baseline, double sensitivity);

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /**
     * The normal values: {@code centre ± sensitivity × spread}. A spread of zero (the same value every day) would call
     * any change an anomaly, so it is at least 1% of the centre (or 0.01 around zero): a steady series still tolerates
     * rounding-sized moves.
     */
    record Band(double centre, double spread, double low, double high) {
        static Band around(double centre, double spread, double sensitivity) {
            double floor = Math.max(Math.abs(centre) * 0.01, 0.01);
            double s = Math.max(spread, floor);
            return new Band(centre, s, centre - sensitivity * s, centre + sensitivity * s);
        }
    }
}
