package dev.preflight.demo;

import java.util.List;
import java.util.Random;

/** Small sampling helpers for plausible box-score numbers; no statistics library needed. */
final class Draws {
    private Draws() {}

    /** Number of successes in {@code n} trials; n is a shot count, so a loop is cheap enough. */
    static int binomial(Random rng, int n, double p) {
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (rng.nextDouble() < p) {
                k++;
            }
        }
        return k;
    }

    /** A non-negative count around {@code mean}, with Poisson-like spread (variance ~ mean). */
    static int count(Random rng, double mean) {
        if (mean <= 0) {
            return 0;
        }
        return Math.max(0, (int) Math.round(mean + rng.nextGaussian() * Math.sqrt(mean)));
    }

    static double normal(Random rng, double mean, double sd, double min, double max) {
        return clamp(mean + rng.nextGaussian() * sd, min, max);
    }

    static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    static double round1(double value) {
        return Math.round(value * 10.0) / 10.0;
    }

    static double round3(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }

    /** Betting lines are quoted in half points. */
    static double roundHalf(double value) {
        return Math.round(value * 2.0) / 2.0;
    }

    static <T> T pick(Random rng, List<T> items) {
        return items.get(rng.nextInt(items.size()));
    }
}
