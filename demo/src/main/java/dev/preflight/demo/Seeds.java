package dev.preflight.demo;

import java.util.Random;

/**
 * Derives one independent random stream per purpose from the demo seed.
 *
 * <p>Each part of the generator (schedule, rosters, box scores, each planted fault) draws from its
 * own stream, so changing how many numbers one part consumes does not shift what every later part
 * produces. {@link Random} is used because its algorithm is fixed by the Java specification, which
 * keeps the output identical across JVMs.
 */
final class Seeds {
    private Seeds() {}

    static Random stream(long seed, String purpose) {
        return new Random(mix(seed ^ mix(purpose.hashCode())));
    }

    /** SplitMix64 finaliser: spreads nearby seeds (20260105, 20260106) to unrelated streams. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
